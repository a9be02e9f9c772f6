import { describe, expect, it } from 'vitest';
import { searchPosts, type Pagefind } from '../../../src/search/pagefind';
import type { PagefindFragment } from '../../../src/search/results';

/** A Pagefind that finds `urls` (each page's text mentions "raft") and records which pages' text was fetched. */
function fakePagefind(urls: string[]): { pagefind: Pagefind; fetched: string[] } {
  const fetched: string[] = [];
  const fragment = (url: string): PagefindFragment => ({
    url,
    excerpt: 'about <mark>raft</mark> logs',
    content: 'about raft logs',
    locations: [1],
    meta: { title: url },
  });
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
});
