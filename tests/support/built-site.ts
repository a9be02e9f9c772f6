/**
 * The built site the dist tests inspect: dist/, or DIST_DIR built for the base
 * path SITE_BASE (the sub-path build). Thin defaults over src/lib/built-pages.ts.
 */
import { resolve } from 'node:path';
import * as pages from '../../src/lib/built-pages.ts';

export {
  attr,
  elements,
  filesUnder,
  parseHtml,
  referencesIn,
  textOf,
  type HtmlElement,
  type HtmlNode,
} from '../../src/lib/built-pages.ts';

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
