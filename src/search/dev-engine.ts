/**
 * The search engine the dev server hands the browser in place of Pagefind's
 * own `pagefind.js` (src/search/dev-index.ts). Pagefind cannot update an index
 * in place, and indexing every post again takes seconds, so after an edit the
 * dev server indexes only the changed posts into a small second index. This
 * module merges that index into the full one with Pagefind's `mergeIndex` and
 * hides the full index's stale entries for those posts (and for deleted ones),
 * so the site's search code (src/search/pagefind.ts) gets the same results as
 * from one index.
 *
 * It runs in the browser as served, transpiled but not bundled: no imports.
 */

type Options = Record<string, unknown>;
type FilterCounts = Record<string, Record<string, number>>;

interface Found {
  results: { id: string }[];
}

/** What this module uses of Pagefind's module API. */
export interface PagefindEngine {
  options(options: Options): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Options): Promise<void>;
  search(term: string | null, options?: Options): Promise<Found | null>;
  filters(): Promise<FilterCounts>;
  preload(term: string, options?: Options): Promise<void>;
}

export interface DevIndexState {
  /** The full index's entries (Pagefind result ids) that are stale: their post changed or is gone. */
  hidden: string[];
  /** The filter values those stale entries carry, counted, to take off the full index's counts. */
  hiddenFilters: FilterCounts;
  /** Where the index of changed posts is served, or null when no post changed since the full index. */
  changes: string | null;
}

/** Counts in `counts` less those in `less`; values that reach zero are left out, as Pagefind leaves them. */
export function subtractCounts(counts: FilterCounts, less: FilterCounts): FilterCounts {
  const result: FilterCounts = {};
  for (const [filter, values] of Object.entries(counts)) {
    const kept: Record<string, number> = {};
    for (const [value, count] of Object.entries(values)) {
      const left = count - (less[filter]?.[value] ?? 0);
      if (left > 0) kept[value] = left;
    }
    result[filter] = kept;
  }
  return result;
}

export function devEngine(engine: PagefindEngine, state: DevIndexState): Omit<PagefindEngine, 'mergeIndex'> {
  const hidden = new Set(state.hidden);
  // The index of changes must show excerpts as the full index does, so it gets the same options.
  let chosen: Options = {};
  return {
    async options(options) {
      chosen = { ...chosen, ...options };
      await engine.options(options);
    },
    async init() {
      await engine.init();
      if (state.changes !== null) await engine.mergeIndex(state.changes, chosen);
    },
    async search(term, options) {
      const found = await engine.search(term, options);
      if (!found) return found;
      // A post whose text is unchanged has the same id in both indexes: it is shown once.
      const seen = new Set<string>();
      const results = found.results.filter((result) => {
        if (hidden.has(result.id) || seen.has(result.id)) return false;
        seen.add(result.id);
        return true;
      });
      return { ...found, results };
    },
    async filters() {
      return subtractCounts(await engine.filters(), state.hiddenFilters);
    },
    preload: (term, options) => engine.preload(term, options),
  };
}
