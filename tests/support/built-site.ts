/**
 * The built site the dist tests inspect: dist/, or DIST_DIR built for the base
 * path SITE_BASE (the sub-path build), read the way a static host serves it.
 * Written here rather than taken from src/postbuild/built-pages.ts on purpose:
 * the tests must not share a bug with the product's own link check (issue 15).
 */
import { join, relative, resolve, sep } from 'node:path';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type HtmlNode = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

/** Every file under `dir`, at any depth. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

export const DIST = resolve(import.meta.dirname, '../..', process.env.DIST_DIR ?? 'dist');
/** The base path the site in DIST was built for. */
export const BASE = process.env.SITE_BASE ?? '/';

const baseOf = (dir: string) => (dir === DIST ? BASE : '/');

export function htmlFiles(dir = DIST): string[] {
  return filesUnder(dir)
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** The URL path a file is served at: posts/x/index.html → <base>posts/x/, feed.xml → <base>feed.xml. */
export function urlOf(file: string, dir = DIST): string {
  const segments = relative(dir, file).split(sep);
  if (segments.at(-1) === 'index.html') segments[segments.length - 1] = '';
  return baseOf(dir) + segments.map((segment) => encodeURIComponent(segment)).join('/');
}

/**
 * The file a static host answers a URL path with: the file itself, or a folder's
 * index.html. Paths outside the base, or escaping the folder, answer nothing.
 */
export function fileFor(pathname: string, dir = DIST): string | undefined {
  const base = baseOf(dir);
  if (!pathname.startsWith(base)) return undefined;
  const path = resolve(
    dir,
    ...pathname
      .slice(base.length)
      .split('/')
      .map((segment) => decodeURIComponent(segment)),
  );
  if (path !== dir && !path.startsWith(dir + sep)) return undefined;
  if (!existsSync(path)) return undefined;
  if (statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
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
