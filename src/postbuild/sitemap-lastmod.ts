/**
 * The sitemap's <lastmod> for post pages: the dateModified of the page's own
 * JSON-LD, read from the built page, so the two never disagree and a page
 * served from the incremental-build cache keeps its date.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';

const JSON_LD = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g;

/** The dateModified a page's JSON-LD states, if any. */
export function dateModifiedIn(html: string): Date | undefined {
  for (const [, json = ''] of html.matchAll(JSON_LD)) {
    const data: unknown = JSON.parse(json);
    if (typeof data === 'object' && data !== null && 'dateModified' in data && typeof data.dateModified === 'string') {
      return new Date(data.dateModified);
    }
  }
  return undefined;
}

/** The built file of a post page's URL, or undefined for any other page. */
export function postPageFile(url: string, base: string): string | undefined {
  const path = new URL(url).pathname;
  if (!path.startsWith(base)) return undefined;
  const match = /^posts\/([^/]+)\/$/.exec(path.slice(base.length));
  return match ? join('posts', match[1] ?? '', 'index.html') : undefined;
}

/** A `serialize` for @astrojs/sitemap that adds <lastmod> to post pages built in `outDir`. */
export function postLastmod(base: string, outDir: string): (item: SitemapItem) => Promise<SitemapItem> {
  return async (item) => {
    const file = postPageFile(item.url, base);
    if (!file) return item;
    const modified = dateModifiedIn(await readFile(join(outDir, file), 'utf8'));
    return modified ? { ...item, lastmod: modified.toISOString() } : item;
  };
}
