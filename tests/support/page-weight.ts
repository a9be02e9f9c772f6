/**
 * What a page costs before the reader interacts with it: the HTML, the
 * stylesheets it links, the scripts it loads (and their static imports), the
 * fonts its CSS pulls in — gzip-compressed, images excluded. Code loaded later
 * by a dynamic import() (search, on intent) is not counted.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { attr, DIST, elements, fileFor, parseHtml, textOf, urlOf, type HtmlElement } from './built-site.ts';
import { srcsetUrls } from './site-links.ts';

const ORIGIN = 'http://site.invalid';
const STATIC_IMPORT_RE = /\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
const FONT_URL_RE = /url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/g;
const CSS_REQUEST_RE = /url\(\s*(["']?)([^"')]+)\1\s*\)|@import\s+(["'])([^"']+)\3/g;
/** Link relations that make the browser fetch the target (sooner or later) without a click. */
const FETCHING_RELS = new Set([
  'stylesheet',
  'preload',
  'modulepreload',
  'prefetch',
  'preconnect',
  'dns-prefetch',
  'icon',
  'apple-touch-icon',
  'mask-icon',
  'manifest',
]);
/** Attributes through which an element makes a request, by element. */
const REQUEST_ATTRIBUTES: Record<string, readonly string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
};

export interface PageWeight {
  /** The HTML document, inline scripts and styles included. */
  html: number;
  css: number;
  /** Script files and, counted separately but already inside `html`, inline scripts. */
  js: number;
  fonts: number;
  total: number;
  /** Stylesheets that block the first render. */
  blockingStylesheets: number;
  /** Resources the page loads from another origin. */
  foreignRequests: string[];
}

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function isBlockingStylesheet(element: HtmlElement): boolean {
  const media = attr(element, 'media');
  return (
    element.tagName === 'link' &&
    (attr(element, 'rel') ?? '').split(/\s+/).includes('stylesheet') &&
    (media === undefined || media === 'all' || media === 'screen')
  );
}

/** The script files a module loads before it runs: itself and its static imports, transitively. */
function scriptClosure(entry: string, dir: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const match of source.matchAll(STATIC_IMPORT_RE)) {
    const specifier = match[1] ?? '';
    if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
    const imported = fileFor(new URL(specifier, new URL(urlOf(entry, dir), ORIGIN)).pathname, dir);
    if (imported) scriptClosure(imported, dir, seen);
  }
  return seen;
}

/** Every URL a page asks the browser to fetch without a click: from its elements, and from inside every stylesheet it links. */
function requestedUrls(all: readonly HtmlElement[], pageUrl: URL, dir: string): URL[] {
  const urls: URL[] = [];
  const add = (value: string | undefined, names: 'one' | 'srcset', base = pageUrl) => {
    if (value === undefined || value.trim() === '') return;
    for (const url of names === 'srcset' ? srcsetUrls(value) : [value.trim()]) urls.push(new URL(url, base));
  };
  for (const element of all) {
    if (element.tagName === 'link') {
      const rels = (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (rels.some((rel) => FETCHING_RELS.has(rel))) {
        add(attr(element, 'href'), 'one');
        add(attr(element, 'imagesrcset'), 'srcset');
      }
    }
    for (const name of REQUEST_ATTRIBUTES[element.tagName] ?? [])
      add(attr(element, name), name === 'srcset' ? 'srcset' : 'one');
    if (element.tagName === 'style') cssRequests(textOf(element), pageUrl, dir, urls);
  }
  for (const url of [...urls]) {
    if (url.origin !== ORIGIN || !url.pathname.endsWith('.css')) continue;
    const sheet = fileFor(url.pathname, dir);
    if (sheet) cssRequests(readFileSync(sheet, 'utf8'), url, dir, urls);
  }
  return urls;
}

/** The URLs a stylesheet fetches: url() and @import, following local @imports. */
function cssRequests(css: string, sheetUrl: URL, dir: string, urls: URL[]): void {
  for (const match of css.matchAll(CSS_REQUEST_RE)) {
    const value = (match[2] ?? match[4] ?? '').trim();
    if (value === '' || value.startsWith('data:') || value.startsWith('#')) continue;
    const url = new URL(value, sheetUrl);
    urls.push(url);
    const imported = match[4] !== undefined && url.origin === ORIGIN ? fileFor(url.pathname, dir) : undefined;
    if (imported) cssRequests(readFileSync(imported, 'utf8'), url, dir, urls);
  }
}

/** The weight of a page of the site built into `dir` (dist/ unless told otherwise). */
export function pageWeight(htmlFile: string, dir = DIST): PageWeight {
  const pageUrl = new URL(urlOf(htmlFile, dir), ORIGIN);
  const all = elements(parseHtml(htmlFile));
  const foreignRequests = requestedUrls(all, pageUrl, dir)
    .filter((url) => url.origin !== ORIGIN && url.protocol !== 'data:')
    .map((url) => url.href);
  const local = (element: HtmlElement, name: string): string | undefined => {
    const value = attr(element, name);
    if (value === undefined) return undefined;
    const target = new URL(value, pageUrl);
    return target.origin === ORIGIN ? fileFor(target.pathname, dir) : undefined;
  };

  const stylesheets = all.filter(isBlockingStylesheet).flatMap((element) => local(element, 'href') ?? []);
  const scripts = new Set<string>();
  for (const element of all) {
    const isScript = element.tagName === 'script' && attr(element, 'src') !== undefined;
    const isPreload = element.tagName === 'link' && attr(element, 'rel') === 'modulepreload';
    const file = isScript ? local(element, 'src') : isPreload ? local(element, 'href') : undefined;
    if (file) scriptClosure(file, dir, scripts);
  }
  const fonts = new Set(
    stylesheets.flatMap((sheet) =>
      [...readFileSync(sheet, 'utf8').matchAll(FONT_URL_RE)].flatMap(
        (match) => fileFor(new URL(match[1] ?? '', new URL(urlOf(sheet, dir), ORIGIN)).pathname, dir) ?? [],
      ),
    ),
  );

  const inlineScripts = all.filter(
    (element) =>
      element.tagName === 'script' &&
      attr(element, 'src') === undefined &&
      attr(element, 'type') !== 'application/ld+json',
  );
  const inlineJs = inlineScripts.reduce((total, script) => total + gzipSync(textOf(script), { level: 9 }).length, 0);
  const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzipSize(file), 0);
  const weight = { html: gzipSize(htmlFile), css: sum(stylesheets), scriptFiles: sum(scripts), fonts: sum(fonts) };
  return {
    html: weight.html,
    css: weight.css,
    js: weight.scriptFiles + inlineJs,
    fonts: weight.fonts,
    total: weight.html + weight.css + weight.scriptFiles + weight.fonts,
    blockingStylesheets: all.filter(isBlockingStylesheet).length,
    foreignRequests,
  };
}
