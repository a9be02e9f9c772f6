import { describe, expect, it } from 'vitest';
import { devEngine, subtractCounts, type PagefindEngine } from '../../../src/search/dev-engine';

/** A stand-in for Pagefind's module: records what it is asked and finds the given result ids. */
function fakeEngine(ids: string[], filterCounts: Record<string, Record<string, number>> = {}) {
  const calls: unknown[][] = [];
  const engine: PagefindEngine = {
    options: (options) => {
      calls.push(['options', options]);
      return Promise.resolve();
    },
    init: () => {
      calls.push(['init']);
      return Promise.resolve();
    },
    mergeIndex: (path, options) => {
      calls.push(['mergeIndex', path, options]);
      return Promise.resolve();
    },
    search: () => Promise.resolve({ results: ids.map((id) => ({ id, score: 1 })) }),
    filters: () => Promise.resolve(filterCounts),
    preload: () => Promise.resolve(),
  };
  return { engine, calls };
}

describe('devEngine', () => {
  it('merges the index of changes with the options the site chose, so its excerpts match', async () => {
    const { engine, calls } = fakeEngine([]);
    const dev = devEngine(engine, { hidden: [], hiddenFilters: {}, changes: '/pagefind/changes/' });
    await dev.options({ excerptLength: 24, noWorker: true });
    await dev.init();
    expect(calls).toEqual([
      ['options', { excerptLength: 24, noWorker: true }],
      ['init'],
      ['mergeIndex', '/pagefind/changes/', { excerptLength: 24, noWorker: true }],
    ]);
  });

  it('merges nothing when no post changed', async () => {
    const { engine, calls } = fakeEngine([]);
    await devEngine(engine, { hidden: [], hiddenFilters: {}, changes: null }).init();
    expect(calls).toEqual([['init']]);
  });

  it('leaves out the stale entries of changed or deleted posts, and shows an entry found in both indexes once', async () => {
    const { engine } = fakeEngine(['en_new', 'en_stale', 'en_same', 'en_kept', 'en_same']);
    const dev = devEngine(engine, { hidden: ['en_stale'], hiddenFilters: {}, changes: '/pagefind/changes/' });
    const found = await dev.search('raft');
    expect(found?.results.map((result) => result.id)).toEqual(['en_new', 'en_same', 'en_kept']);
  });

  it('passes on a search Pagefind dropped', async () => {
    const engine = { ...fakeEngine([]).engine, search: () => Promise.resolve(null) };
    expect(await devEngine(engine, { hidden: ['x'], hiddenFilters: {}, changes: null }).search('raft')).toBeNull();
  });

  it('counts filter values without the stale entries', async () => {
    const { engine } = fakeEngine([], { tag: { go: 3, rust: 1 }, year: { '2024': 2 } });
    const dev = devEngine(engine, { hidden: ['a'], hiddenFilters: { tag: { rust: 1 } }, changes: null });
    expect(await dev.filters()).toEqual({ tag: { go: 3 }, year: { '2024': 2 } });
  });
});

describe('subtractCounts', () => {
  it('takes counts off and drops values that reach zero', () => {
    expect(subtractCounts({ tag: { go: 2, rust: 1 } }, { tag: { go: 1, rust: 1 }, year: { '2020': 1 } })).toEqual({
      tag: { go: 1 },
    });
  });
});
