import { describe, expect, it } from 'vitest';
import { pagefindFilters, readSearchState, searchQueryString } from '../../../src/search/url-state';

describe('search URL state', () => {
  it('round-trips a query with filters', () => {
    const state = { q: 'raft log', tag: 'C#', year: '2026' };
    const query = searchQueryString(state);
    expect(query).toBe('?q=raft+log&tag=C%23&year=2026');
    expect(readSearchState(new URLSearchParams(query))).toEqual(state);
  });

  it('leaves out what is empty and ignores a year that is not one', () => {
    expect(searchQueryString({ q: '', tag: '', year: '' })).toBe('');
    expect(readSearchState(new URLSearchParams('q=x&year=last'))).toEqual({ q: 'x', tag: '', year: '' });
  });

  it('gives Pagefind only the filters that are set', () => {
    expect(pagefindFilters({ q: 'x', tag: '', year: '2014' })).toEqual({ year: '2014' });
    expect(pagefindFilters({ q: 'x', tag: 'rust', year: '' })).toEqual({ tag: 'rust' });
  });
});

describe('the search in the address bar, trimmed', () => {
  it('trims the tag and the year, and takes only a four-digit year', () => {
    expect(readSearchState(new URLSearchParams('q=raft&tag=%20go%20&year=%202026%20'))).toEqual({
      q: 'raft',
      tag: 'go',
      year: '2026',
    });
    expect(readSearchState(new URLSearchParams('year=20261')).year).toBe('');
    expect(readSearchState(new URLSearchParams('year=x2026')).year).toBe('');
    expect(readSearchState(new URLSearchParams('')).q).toBe('');
  });

  it('writes the query trimmed', () => {
    expect(searchQueryString({ q: '  raft ', tag: '', year: '' })).toBe('?q=raft');
    expect(searchQueryString({ q: '   ', tag: 'go', year: '' })).toBe('?tag=go');
  });
});
