import { describe, expect, it } from 'vitest';
import { referencesInHtml } from '../../../src/postbuild/built-pages';

describe('referencesInHtml', () => {
  it('finds links, sources, form targets and every image candidate, decoding entities', () => {
    const html =
      '<a href="/posts/x/#a">x</a><img src="/i.png" srcset="/i-1.webp 640w, /i-2.webp 1080w" alt="y">' +
      '<form action="/search/"></form><a href="/search/?q=a&amp;tag=b">s</a><p data-href="/not/">z</p>';
    expect(referencesInHtml(html)).toEqual([
      '/posts/x/#a',
      '/i.png',
      '/i-1.webp',
      '/i-2.webp',
      '/search/',
      '/search/?q=a&tag=b',
    ]);
  });
});
