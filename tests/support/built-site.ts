/**
 * The built site in dist/ (or DIST_DIR, for a build under a sub-path), seen as
 * a CDN serves it: files, their URLs, their parsed HTML.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type HtmlNode = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

export const DIST = resolve(import.meta.dirname, '../..', process.env.DIST_DIR ?? 'dist');
/** The base path the site in DIST was built for. */
export const BASE = process.env.SITE_BASE ?? '/';

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function htmlFiles(dir = DIST): string[] {
  return filesUnder(dir)
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** The URL path a file is served at: dist/posts/x/index.html → /posts/x/ (with the base in front). */
export function urlOf(file: string, dir = DIST): string {
  const path = relative(dir, file).split(sep).join('/');
  return BASE + path.replace(/(^|\/)index\.html$/, '$1');
}

/** The file that answers a URL path, if any (directory URLs answer with their index.html). */
export function fileFor(pathname: string, dir = DIST): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const path = join(dir, decodeURIComponent(pathname.slice(BASE.length)));
  for (const candidate of [path, join(path, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not this candidate; try the next.
    }
  }
  return undefined;
}

export function parseHtml(file: string): DefaultTreeAdapterMap['document'] {
  return parse(readFileSync(file, 'utf8'));
}

export function elements(node: HtmlNode): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (current: HtmlNode) => {
    if ('tagName' in current) found.push(current);
    const children =
      'content' in current ? current.content.childNodes : 'childNodes' in current ? current.childNodes : [];
    for (const child of children) visit(child);
  };
  visit(node);
  return found;
}

export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

export function textOf(node: HtmlNode): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return 'childNodes' in node ? node.childNodes.map((child) => textOf(child)).join('') : '';
}
