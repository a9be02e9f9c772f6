/**
 * The dev server's search index is built from its own post pages. Rendering a
 * page is the slow part (tens of milliseconds each; a minute for a large
 * site), so each post page's HTML is kept and fetched again only when its own
 * file changes (src/search/dev-index.ts indexes the changed pages). Only a
 * post's own page feeds its entry in the index (body, title, date, tags), so an
 * edit to one post leaves another post's entry as it was — but for a tag's
 * display name, which follows the spelling most posts use (src/lib/tags.ts).
 *
 * A saved file reaches the pages in two steps: the watcher reports the file at
 * once, and the pages show the new text only after Astro has parsed it and
 * rewritten its content store, some hundreds of milliseconds later. A page
 * fetched in between shows the old text, so a changed post stays pending and is
 * fetched again once the store has been written.
 */
import { relative, sep } from 'node:path';
import { POST_FILE_RE, postIdFromPath } from '../loaders/post-id';

/** The post page a file in the posts folder belongs to, or undefined for a file outside it. */
export function postPathOfFile(file: string, postsDir: string, base: string): string | undefined {
  const path = relative(postsDir, file).split(sep).join('/');
  if (path === '' || path.startsWith('../') || path === '..' || path.startsWith('/')) return undefined;
  const [first = '', ...rest] = path.split('/');
  // A file in a post's folder (its text, or an image beside it) belongs to that post.
  const entry = rest.length === 0 ? first : `${first}/index.md`;
  if (rest.length === 0 && !POST_FILE_RE.test(first)) return undefined;
  try {
    return `${base}posts/${postIdFromPath(entry)}/`;
  } catch {
    return undefined;
  }
}

export type FetchPage = (path: string) => Promise<string>;

export class DevPageCache {
  readonly #pages = new Map<string, string>();
  /** Posts whose file changed since Astro last wrote its content store. */
  readonly #pending = new Set<string>();
  readonly #concurrency: number;
  /** Counts forget() and clear() calls: a page fetched across one may be stale, so it is not kept. */
  #edits = 0;

  constructor(concurrency = 4) {
    this.#concurrency = concurrency;
  }

  /** Fetch this post's page again next time, and again after the content store is next written (its file changed). */
  forget(path: string): void {
    this.#edits++;
    this.#pages.delete(path);
    this.#pending.add(path);
  }

  /** Astro wrote its content store: pages of posts changed before now may have been fetched with their old text. */
  storeWritten(): void {
    this.#edits++;
    for (const path of this.#pending) this.#pages.delete(path);
    this.#pending.clear();
  }

  /** Fetch every page again next time (templates or code changed). */
  clear(): void {
    this.#edits++;
    this.#pages.clear();
  }

  /** Drops the pages of posts no longer listed. */
  keepOnly(paths: readonly string[]): void {
    const listed = new Set(paths);
    for (const path of this.#pages.keys()) if (!listed.has(path)) this.#pages.delete(path);
  }

  /** The HTML of the given post pages: kept pages as they are, the others fetched a few at a time. */
  async pages(paths: readonly string[], fetchPage: FetchPage): Promise<Map<string, string>> {
    const result = new Map(paths.map((path) => [path, this.#pages.get(path)]));
    const missing = paths.filter((path) => result.get(path) === undefined);
    let next = 0;
    const worker = async () => {
      while (next < missing.length) {
        const path = missing[next++] ?? '';
        const editsBefore = this.#edits;
        const html = await fetchPage(path);
        result.set(path, html);
        if (this.#edits === editsBefore) this.#pages.set(path, html);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.#concurrency, missing.length) }, worker));
    return new Map(paths.map((path) => [path, result.get(path) ?? '']));
  }
}
