/**
 * The built site the dist tests inspect: dist/, or DIST_DIR built for the base
 * path SITE_BASE (the sub-path build). Thin defaults over src/postbuild/built-pages.ts.
 */
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import * as pages from '../../src/postbuild/built-pages.ts';

export type HtmlNode = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

export { filesUnder } from '../../src/postbuild/built-pages.ts';

export const DIST = resolve(import.meta.dirname, '../..', process.env.DIST_DIR ?? 'dist');
/** The base path the site in DIST was built for. */
export const BASE = process.env.SITE_BASE ?? '/';

const built = (dir: string): pages.BuiltSite => ({ dir, base: dir === DIST ? BASE : '/' });

export function htmlFiles(dir = DIST): string[] {
  return pages
    .filesUnder(dir)
    .filter((file) => file.endsWith('.html'))
    .sort();
}

export const urlOf = (file: string, dir = DIST): string => pages.urlOf(file, built(dir));
export const fileFor = (pathname: string, dir = DIST): string | undefined => pages.fileFor(pathname, built(dir));

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
