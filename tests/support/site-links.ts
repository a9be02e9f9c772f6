/**
 * The test suite's own link checker over a built site: every URL a page or
 * stylesheet refers to, resolved as a browser would, must name a file the
 * static host serves, and every #fragment an element of the target page.
 * Independent of the product's check (src/postbuild/built-pages.ts) so that
 * a bug there cannot hide itself: it parses with parse5 instead of patterns,
 * and reads more places a URL can hide (meta refresh, social images, CSS).
 */
import { readFileSync } from 'node:fs';
import { attr, elements, fileFor, parseHtml, urlOf, type HtmlElement } from './built-site.ts';

/** An origin no site is served from: page URLs are resolved against it. */
export const LOCAL_ORIGIN = 'http://site.invalid';

/** Attributes that hold one URL, by element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  track: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
};
const SRCSET_ATTRIBUTES = ['srcset', 'imagesrcset'];
const URL_METAS = new Set(['og:image', 'og:url', 'twitter:image']);
const CSS_URL_RE = /url\(\s*(["']?)([^"')]+)\1\s*\)|@import\s+(["'])([^"']+)\3/g;

/** The URLs in a srcset: each candidate's URL, without its width or density. */
export function srcsetUrls(value: string): string[] {
  return value
    .split(/,(?=\s|$)|,(?=[^\s])/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** Every URL one element refers to. */
function urlsOf(element: HtmlElement): string[] {
  const urls = (URL_ATTRIBUTES[element.tagName] ?? []).flatMap((name) => attr(element, name) ?? []);
  for (const name of SRCSET_ATTRIBUTES) {
    const value = attr(element, name);
    if (value !== undefined) urls.push(...srcsetUrls(value));
  }
  if (element.tagName === 'meta') {
    const content = attr(element, 'content') ?? '';
    if (URL_METAS.has(attr(element, 'property') ?? attr(element, 'name') ?? '')) urls.push(content);
    const refresh = /^\s*\d+\s*;\s*url\s*=\s*(.+)$/i.exec(content);
    if (attr(element, 'http-equiv')?.toLowerCase() === 'refresh' && refresh?.[1]) urls.push(refresh[1].trim());
  }
  return urls;
}

/** The ids a document's fragments can name: `id`s, and `name`s of anchors. */
export function fragmentTargets(file: string): Set<string> {
  return new Set(
    elements(parseHtml(file)).flatMap((element) => {
      const names = [attr(element, 'id')];
      if (element.tagName === 'a') names.push(attr(element, 'name'));
      return names.filter((name) => name !== undefined);
    }),
  );
}

/** Every URL a file in the built site refers to: from its HTML elements, or a stylesheet's url() and @import. */
export function referencesIn(file: string): string[] {
  if (file.endsWith('.css')) {
    return [...readFileSync(file, 'utf8').matchAll(CSS_URL_RE)].map((match) => match[2] ?? match[4] ?? '');
  }
  return elements(parseHtml(file)).flatMap(urlsOf);
}

/**
 * What is wrong with the references of one built file: targets the host would
 * answer with 404, and #fragments the target page has no element for. URLs on
 * origins other than `ownOrigins` (other sites, mailto:, data:) are not checked.
 */
export function deadReferences(file: string, dir: string, ownOrigins: readonly string[]): string[] {
  const fileUrl = new URL(urlOf(file, dir), LOCAL_ORIGIN);
  const targetsByFile = new Map<string, Set<string>>();
  return referencesIn(file).flatMap((reference) => {
    const target = new URL(reference.trim(), fileUrl);
    if (!['http:', 'https:'].includes(target.protocol)) return [];
    if (target.origin !== LOCAL_ORIGIN && !ownOrigins.includes(target.origin)) return [];
    const targetFile = fileFor(target.pathname, dir);
    if (targetFile === undefined) return [`${reference}: no file answers ${target.pathname}`];
    const fragment = decodeURIComponent(target.hash.slice(1));
    // An empty fragment, and #top when nothing claims it, scroll to the top (HTML's "indicated part").
    if (fragment === '' || !targetFile.endsWith('.html')) return [];
    let targets = targetsByFile.get(targetFile);
    if (!targets) targetsByFile.set(targetFile, (targets = fragmentTargets(targetFile)));
    if (targets.has(fragment) || fragment.toLowerCase() === 'top') return [];
    return [`${reference}: ${urlOf(targetFile, dir)} has no element with id "${fragment}"`];
  });
}
