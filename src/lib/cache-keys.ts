/**
 * Keys for Astro's incremental build (experimental.incrementalBuild): a page
 * whose key and code are unchanged since the last build is copied from the
 * cache instead of rendered. A key must therefore cover everything the page
 * shows — for a post, its neighbours, related posts, series and tags too, and
 * for every page the site-wide header (search filters list every tag and year).
 * A key that misses something serves a stale page; tests/build/incremental.test.ts
 * checks that a cached rebuild writes exactly what a clean build writes.
 */
import { createHash } from 'node:crypto';
import type { PostLike } from './posts';

/** A post as other pages list it: its id and front matter, not its body. */
export function postSummary(post: PostLike): unknown {
  return { id: post.id, data: post.data };
}

/** A short, stable digest of plain data (dates become ISO strings). */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}
