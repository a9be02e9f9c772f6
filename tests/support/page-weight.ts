/**
 * What a page costs before the reader interacts with it: the HTML, the
 * stylesheets it links, the scripts it loads (and their static imports), the
 * fonts its CSS pulls in — gzip-compressed, images excluded. Code loaded later
 * by a dynamic import() (search, on intent) is not counted.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { attr, DIST, elements, fileFor, parseHtml, textOf, urlOf, type HtmlElement } from './built-site.ts';

const ORIGIN = 'http://site.invalid';
const STATIC_IMPORT_RE = /\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
const FONT_URL_RE = /url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/g;

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

/** The weight of a page of the site built into `dir` (dist/ unless told otherwise). */
export function pageWeight(htmlFile: string, dir = DIST): PageWeight {
  const pageUrl = new URL(urlOf(htmlFile, dir), ORIGIN);
  const all = elements(parseHtml(htmlFile));
  const foreignRequests: string[] = [];
  const local = (element: HtmlElement, name: string): string | undefined => {
    const value = attr(element, name);
    if (value === undefined) return undefined;
    const target = new URL(value, pageUrl);
    if (target.origin !== ORIGIN) {
      foreignRequests.push(target.href);
      return undefined;
    }
    return fileFor(target.pathname, dir);
  };

  const stylesheets = all.filter(isBlockingStylesheet).flatMap((element) => local(element, 'href') ?? []);
  const scripts = new Set<string>();
  for (const element of all) {
    const isScript = element.tagName === 'script' && attr(element, 'src') !== undefined;
    const isPreload = element.tagName === 'link' && attr(element, 'rel') === 'modulepreload';
    const file = isScript ? local(element, 'src') : isPreload ? local(element, 'href') : undefined;
    if (file) scriptClosure(file, dir, scripts);
  }
  for (const element of all) {
    if (['img', 'source', 'iframe', 'video', 'audio'].includes(element.tagName)) local(element, 'src');
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
