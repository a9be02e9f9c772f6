import { describe, expect, it } from 'vitest';
import { relatedPosts } from '../../../src/lib/related';
import { seriesOf } from '../../../src/lib/series';

const post = (id: string, date: string, tags: string[] = [], series?: string) => ({
  id,
  data: { title: id, date: new Date(date), draft: false, tags, series },
});

describe('relatedPosts', () => {
  const current = post('current', '2020-06-01', ['rust', 'networking', 'linux']);
  const posts = [
    current,
    post('two-tags-far', '2010-01-01', ['rust', 'networking']),
    post('one-tag-near', '2020-05-01', ['linux']),
    post('one-tag-nearer', '2020-06-10', ['Rust']),
    post('three-tags', '2001-01-01', ['linux', 'rust', 'networking']),
    post('no-tags-shared', '2020-06-01', ['go']),
    post('one-tag-far', '2001-01-01', ['networking']),
  ];

  it('ranks by shared tags, then nearest date, and leaves out the post itself', () => {
    expect(relatedPosts(posts, current).map((p) => p.id)).toEqual(['three-tags', 'two-tags-far', 'one-tag-nearer']);
  });

  it('never offers a post that shares no tag', () => {
    expect(relatedPosts(posts, current, 10).map((p) => p.id)).not.toContain('no-tags-shared');
    expect(relatedPosts(posts, post('lonely', '2020-01-01', ['haskell']))).toEqual([]);
  });
});

describe('seriesOf', () => {
  const one = post('part-1', '2014-04-21', [], 'Azure');
  const two = post('part-2', '2014-11-24', [], 'Azure');
  const other = post('other', '2014-05-01', [], 'Other');
  const alone = post('alone', '2014-06-01');

  it('lists every part oldest first, whichever part asks', () => {
    for (const part of [one, two]) {
      expect(seriesOf([two, other, one, alone], part)).toEqual({ name: 'Azure', parts: [one, two] });
    }
  });

  it('is undefined for a post outside any series', () => {
    expect(seriesOf([one, two, alone], alone)).toBeUndefined();
  });
});
