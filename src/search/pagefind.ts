/**
 * Loads the Pagefind bundle once, on demand. It is fetched from the site
 * itself (dist/pagefind/ in production, the dev server's own index in dev), so
 * it is imported by URL at run time, never bundled.
 */
import { matchesQuery, shapeResult, type PagefindFragment, type ShapedResult } from './results';
import { pagefindFilters, type SearchState } from './url-state';
import { indexQuery } from './words';

export interface Pagefind {
  options(options: { excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data: () => Promise<PagefindFragment> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** Loads the index chunks a query needs, without searching. */
  preload(query: string): Promise<void>;
}

// Long enough for a sentence of context around the match, short enough to scan.
const EXCERPT_WORDS = 24;

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(url: string): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>)
    .then(async (pagefind) => {
      // Searching on the main thread spares the first search the worker script (12 KB gzip); on
      // a blog-sized index each query takes a few milliseconds, nothing a reader can feel.
      await pagefind.options({ excerptLength: EXCERPT_WORDS, noWorker: true });
      await pagefind.init();
      await warmUp(pagefind);
      return pagefind;
    })
    .catch((error: unknown) => {
      // Let a later attempt try again, e.g. once the network is back.
      loading = undefined;
      throw error;
    });
  return loading;
}

/**
 * Searches once for every post, which needs no index file, so that the reader's
 * first word does not pay for the engine's start: the browser optimises the
 * WebAssembly and the result handling only once they have run, and the engine's
 * memory grows to hold a result list. Search loads on intent, before the first
 * keystroke, so this runs while the reader is still reaching for the keys; on
 * the 10,000-post bench it halved the time of the first word's search.
 */
async function warmUp(pagefind: Pagefind): Promise<void> {
  await pagefind.search(null);
}

export interface FoundPosts {
  shown: ShapedResult[];
  /** How many posts match: exact when every result was checked, Pagefind's count otherwise. */
  total: number;
}

export interface SearchOptions {
  /** Only the first `limit` results have their page text fetched (the overlay shows a few; the search page shows all). */
  limit?: number;
  /** Whether the results are still wanted; once another search has started, no page text is fetched for these. */
  current?: () => boolean;
  /**
   * Called with each result worth showing as soon as it and every result ranked
   * above it are ready, so the first is on screen while the others still load;
   * `total` is Pagefind's count of matching posts.
   */
  onResult?: (result: ShapedResult, total: number) => void;
}

/**
 * Runs a search and shapes the results worth showing. Results matched through
 * a stray prefix rank last, so if even the best is one, none is real. Resolves
 * to null when Pagefind dropped the search or it is no longer current; rejects
 * when Pagefind or a fetch fails.
 */
export async function searchPosts(
  pagefind: Pagefind,
  state: SearchState,
  { limit, current = () => true, onResult }: SearchOptions = {},
): Promise<FoundPosts | null> {
  const found = await pagefind.search(state.q.trim() === '' ? null : indexQuery(state.q), {
    filters: pagefindFilters(state),
  });
  if (!found || !current()) return null;
  // Every page's text is requested at once; each is then taken in rank order as it arrives.
  const fragments = found.results.slice(0, limit).map((result) => result.data());
  // A failure surfaces when its turn comes in the loop below, not as an unhandled rejection before.
  for (const fragment of fragments) fragment.catch(() => undefined);
  const shown: ShapedResult[] = [];
  for (const fragment of fragments) {
    const data = await fragment;
    if (!current()) return null;
    if (!matchesQuery(data, state.q)) continue;
    const result = shapeResult(data, state.q);
    shown.push(result);
    onResult?.(result, found.results.length);
  }
  const total = limit === undefined || shown.length === 0 ? shown.length : found.results.length;
  return { shown, total };
}
