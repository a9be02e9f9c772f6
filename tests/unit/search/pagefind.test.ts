import { describe, expect, it } from 'vitest';
import { searchPosts, type Pagefind } from '../../../src/search/pagefind';
import type { PagefindFragment } from '../../../src/search/results';

const fragment = (url: string): PagefindFragment => ({
  url,
  excerpt: 'about <mark>raft</mark> logs',
  content: 'about raft logs',
  locations: [1],
  meta: { title: url },
});

/** A Pagefind that finds `urls` (each page's text mentions "raft") and records which pages' text was fetched. */
function fakePagefind(urls: string[]): { pagefind: Pagefind; fetched: string[] } {
  const fetched: string[] = [];
  const pagefind: Pagefind = {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    filters: () => Promise.resolve({}),
    preload: () => Promise.resolve(),
    search: () =>
      Promise.resolve({
        results: urls.map((url) => ({
          id: url,
          data: () => {
            fetched.push(url);
            return Promise.resolve(fragment(url));
          },
        })),
      }),
  };
  return { pagefind, fetched };
}

const state = { q: 'raft', tag: '', year: '' };

describe('searchPosts', () => {
  it('fetches the text of the first `limit` results only, and counts them all', async () => {
    const { pagefind, fetched } = fakePagefind(['/a/', '/b/', '/c/']);
    const found = await searchPosts(pagefind, state, { limit: 2 });
    expect(fetched).toEqual(['/a/', '/b/']);
    expect(found?.shown.map((result) => result.url.split('?')[0])).toEqual(['/a/', '/b/']);
    expect(found?.total).toBe(3);
  });

  it('fetches no page text for a search that another keystroke has overtaken', async () => {
    const { pagefind, fetched } = fakePagefind(['/a/', '/b/']);
    expect(await searchPosts(pagefind, state, { limit: 4, current: () => false })).toBeNull();
    expect(fetched).toEqual([]);
  });

  it('hands over each result once it and those ranked above it are ready, while the rest still load', async () => {
    const arrivals = Array.from({ length: 3 }, () => Promise.withResolvers<PagefindFragment>());
    const pagefind: Pagefind = {
      ...fakePagefind([]).pagefind,
      search: () =>
        Promise.resolve({
          results: arrivals.map((arrival, rank) => ({ id: String(rank), data: () => arrival.promise })),
        }),
    };
    const handed: string[] = [];
    const searching = searchPosts(pagefind, state, {
      limit: 3,
      onResult: (result, total) => handed.push(`${result.title} of ${total}`),
    });
    const settle = () => new Promise((next) => setTimeout(next));
    arrivals[1]?.resolve(fragment('/second/'));
    await settle();
    expect(handed).toEqual([]);
    arrivals[0]?.resolve(fragment('/first/'));
    await settle();
    expect(handed).toEqual(['/first/ of 3', '/second/ of 3']);
    arrivals[2]?.resolve({ ...fragment('/third/'), content: 'about logs', locations: [], meta: { title: 'Logs' } });
    expect((await searching)?.shown.map((result) => result.title)).toEqual(['/first/', '/second/']);
    expect(handed).toHaveLength(2);
  });

  it("rejects when a page's text cannot be fetched, after handing over the results ranked above it", async () => {
    const pagefind: Pagefind = {
      ...fakePagefind([]).pagefind,
      search: () =>
        Promise.resolve({
          results: [
            { id: 'a', data: () => Promise.resolve(fragment('/a/')) },
            { id: 'b', data: () => Promise.reject(new Error('offline')) },
          ],
        }),
    };
    const handed: string[] = [];
    await expect(searchPosts(pagefind, state, { onResult: (result) => handed.push(result.title) })).rejects.toThrow(
      'offline',
    );
    expect(handed).toEqual(['/a/']);
  });
});
