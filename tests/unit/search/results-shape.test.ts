import { describe, expect, it } from 'vitest';
import {
  excerptRuns,
  matchesQuery,
  messageText,
  resultCountMessage,
  shapeResult,
  type PagefindFragment,
} from '../../../src/search/results';
import { readSearchState, searchQueryString } from '../../../src/search/url-state';

const fragment = (fields: Partial<PagefindFragment>): PagefindFragment => ({
  url: '/posts/raft/',
  excerpt: '',
  meta: {},
  ...fields,
});

describe('shapeResult, exactly', () => {
  it('keeps only sections with their own heading, never the page itself, and fills missing metadata', () => {
    const shaped = shapeResult(
      fragment({
        excerpt: 'a &#x27;b&#39; <mark>c</mark>',
        sub_results: [
          { title: 'Page', url: '/posts/raft/', excerpt: 'x', anchor: { id: 'top' } },
          { title: 'No anchor', url: '/posts/raft/#loose', excerpt: 'y' },
          { title: 'Log', url: '/posts/raft/#log', excerpt: '<mark>log</mark>', anchor: { id: 'log' } },
        ],
      }),
    );
    expect(shaped).toEqual({
      url: '/posts/raft/',
      title: '/posts/raft/',
      date: '',
      status: '',
      excerpt: [
        { text: "a 'b' ", marked: false },
        { text: 'c', marked: true },
      ],
      sections: [{ title: 'Log', url: '/posts/raft/#log', excerpt: [{ text: 'log', marked: true }] }],
    });
  });

  it('drops empty runs between highlights', () => {
    expect(excerptRuns('<mark>a</mark><mark>b</mark>')).toEqual([
      { text: 'a', marked: true },
      { text: 'b', marked: true },
    ]);
  });
});

describe('resultCountMessage trims the query it quotes', () => {
  it.each([
    [0, '  raft ', 'No posts match “raft”.'],
    [2, '  ', '2 posts match these filters.'],
  ])('%i for %j', (count, query, message) => {
    expect(messageText(resultCountMessage(count, query))).toBe(message);
  });
});

describe('matchesQuery, word by word', () => {
  const at = (content: string, locations: number[]) => fragment({ content, locations });

  it('reads the matched words whatever their case, split on any run of spaces', () => {
    expect(matchesQuery(at('The  KERNEL\tpanics', [1]), 'kernel')).toBe(true);
  });

  it('needs one matched word to share most of one query word', () => {
    expect(matchesQuery(at('xenon xray', [0, 1]), 'xylophone')).toBe(false);
    expect(matchesQuery(at('semaphore', [0]), 'semaph')).toBe(true);
    expect(matchesQuery(at('sema', [0]), 'semaphore')).toBe(false);
    expect(matchesQuery(at('kern', [0]), 'kernels')).toBe(true);
    expect(matchesQuery(at('ab', [0]), 'abcd')).toBe(false);
    expect(matchesQuery(at('abc', [0]), 'abcdef')).toBe(true);
    expect(matchesQuery(at('abc', [0]), 'abcdefg')).toBe(false);
    expect(matchesQuery(at('abc', [0]), 'ab')).toBe(true);
  });

  it('passes every result of a search without query words', () => {
    expect(matchesQuery(at('zzz', [0]), '  ')).toBe(true);
  });

  it('drops a result that shows no matched word: no content or no locations', () => {
    expect(matchesQuery(fragment({ locations: [0] }), 'raft')).toBe(false);
    expect(matchesQuery(fragment({ content: 'zzz' }), 'raft')).toBe(false);
    expect(matchesQuery(at('zzz', []), 'raft')).toBe(false);
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
