/**
 * What the dev server's two indexes hold (src/search/dev-index.ts): a full
 * index of every post, built once, and a small index of the posts changed
 * since, rebuilt on every save. Pure decisions, tested in isolation.
 */
import { gunzipSync } from 'node:zlib';
import type { DevIndexState } from './dev-engine';

/** A post in the full index: the key of its files when indexed, its result id and its filter values. */
export interface IndexedPost {
  key: string;
  id: string;
  filters: Record<string, string[]>;
}

/** A file of an index as Pagefind's `getFiles` gives it. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

interface Fragment {
  url: string;
  filters?: Record<string, string[]>;
}

// Pagefind writes each fragment gzipped behind this signature (pagefind.js checks for it before decompressing).
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

function isFragment(value: unknown): value is Fragment {
  return typeof value === 'object' && value !== null && typeof (value as { url?: unknown }).url === 'string';
}

/**
 * The posts an index holds, by page path (`base` and the address Pagefind holds): their result id
 * and filter values, read from the index's fragment files (one page each, or a group of pages by id).
 */
export function postsInIndex(
  files: readonly IndexFile[],
  base: string,
): Map<string, { id: string; filters: Record<string, string[]> }> {
  const posts = new Map<string, { id: string; filters: Record<string, string[]> }>();
  for (const { path, content } of files) {
    const match = /(?:^|\/)fragment\/([^/]+)\.pf_fragment$/.exec(path);
    if (!match?.[1]) continue;
    const text = gunzipSync(content).toString('utf8');
    const parsed: unknown = JSON.parse(
      text.startsWith(FRAGMENT_SIGNATURE) ? text.slice(FRAGMENT_SIGNATURE.length) : text,
    );
    const entries: [string, unknown][] = isFragment(parsed)
      ? [[match[1], parsed]]
      : Object.entries(parsed as Record<string, unknown>);
    for (const [id, fragment] of entries) {
      if (isFragment(fragment))
        posts.set(`${base}${fragment.url.replace(/^\//, '')}`, { id, filters: fragment.filters ?? {} });
    }
  }
  return posts;
}

/**
 * The listed posts the full index cannot answer for: not in it, in it under
 * another key (their files changed), or edited since it was built.
 */
export function changedPosts(
  full: ReadonlyMap<string, IndexedPost>,
  current: ReadonlyMap<string, string>,
  editedSinceFull: (path: string) => boolean,
): string[] {
  return [...current]
    .filter(([path, key]) => full.get(path)?.key !== key || editedSinceFull(path))
    .map(([path]) => path);
}

/**
 * What the browser must hide of the full index: the entries of posts that
 * changed or are no longer listed — unless the index of changes holds the
 * very same entry (same id), which the browser then shows once.
 */
export function staleEntries(
  full: ReadonlyMap<string, IndexedPost>,
  current: ReadonlyMap<string, string>,
  changed: readonly string[],
  idsOfChanges: ReadonlySet<string>,
): Omit<DevIndexState, 'changes'> {
  const changedSet = new Set(changed);
  const hidden: string[] = [];
  const hiddenFilters: DevIndexState['hiddenFilters'] = {};
  for (const [path, post] of full) {
    if ((current.has(path) && !changedSet.has(path)) || idsOfChanges.has(post.id)) continue;
    hidden.push(post.id);
    for (const [filter, values] of Object.entries(post.filters)) {
      const counts = (hiddenFilters[filter] ??= {});
      for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    }
  }
  return { hidden, hiddenFilters };
}
