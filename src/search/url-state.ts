/**
 * A search as it lives in the address bar: /search/?q=raft&tag=go&year=2026.
 * Shared links and the back button depend on this round-tripping exactly.
 */
export interface SearchState {
  q: string;
  /** A tag's display name, as the index's tag filter holds it; '' for any. */
  tag: string;
  /** A year such as "2026"; '' for any. */
  year: string;
}

export function readSearchState(params: URLSearchParams): SearchState {
  const year = (params.get('year') ?? '').trim();
  return {
    q: params.get('q') ?? '',
    tag: (params.get('tag') ?? '').trim(),
    year: /^\d{4}$/.test(year) ? year : '',
  };
}

/** The query string for a search, leaving out what is empty; '' for no search at all. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  if (state.tag !== '') params.set('tag', state.tag);
  if (state.year !== '') params.set('year', state.year);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** The filters Pagefind takes for a search state. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.tag !== '') filters.tag = state.tag;
  if (state.year !== '') filters.year = state.year;
  return filters;
}
