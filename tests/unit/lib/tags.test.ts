import { describe, expect, it } from 'vitest';
import { collectTags, tagNamer, tagSlug } from '../../../src/lib/tags';

describe('tagSlug', () => {
  it.each([
    ['go', 'go'],
    ['Go', 'go'],
    ['  GO ', 'go'],
    ['distributed-systems', 'distributed-systems'],
    ['Distributed Systems', 'distributed-systems'],
    ['C#', 'c-sharp'],
    ['C', 'c'],
    ['C++', 'c-plus-plus'],
    ['ci/cd', 'ci-cd'],
    ['.NET', 'dot-net'],
    ['R&D', 'r-and-d'],
    ['Ünïcödé', 'ünïcödé'],
    ['日本語', '日本語'],
    ['ｗｉｄｅ', 'wide'],
    ['🚀', ''],
  ])('%j → %j', (tag, slug) => {
    expect(tagSlug(tag)).toBe(slug);
  });

  it('keeps tags that differ by a symbol apart', () => {
    expect(new Set(['C', 'C#', 'C++'].map(tagSlug)).size).toBe(3);
  });
});

describe('collectTags', () => {
  const post = (id: string, tags: string[]) => ({ id, data: { title: id, date: new Date(0), draft: false, tags } });
  const posts = [
    post('a', ['Go', 'networking']),
    post('b', ['go', 'rust']),
    post('c', ['go']),
    post('d', ['Rust', 'rust']),
  ];

  it('merges spellings into one tag per slug, most used first', () => {
    expect(collectTags(posts).map(({ slug, name, posts: tagged }) => [slug, name, tagged.map((p) => p.id)])).toEqual([
      ['go', 'go', ['a', 'b', 'c']],
      ['rust', 'rust', ['b', 'd']],
      ['networking', 'networking', ['a']],
    ]);
  });

  it('counts a post once even if it repeats a tag in two spellings', () => {
    expect(collectTags(posts).find((tag) => tag.slug === 'rust')?.posts).toHaveLength(2);
  });
});

describe('tagNamer', () => {
  it('spells a post’s tags the way the whole site does, once each', () => {
    const catalogue = [
      { slug: 'go', name: 'go' },
      { slug: 'c-sharp', name: 'C#' },
    ];
    const post = {
      id: 'p',
      data: { title: 'p', date: new Date(0), draft: false, tags: ['Go', 'c#', 'GO', 'new-tag'] },
    };
    expect(tagNamer(catalogue)(post)).toEqual([
      { slug: 'go', name: 'go' },
      { slug: 'c-sharp', name: 'C#' },
      { slug: 'new-tag', name: 'new-tag' },
    ]);
  });
});
