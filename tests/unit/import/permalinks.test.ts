import { describe, expect, it } from 'vitest';
import { hugoPermalink, jekyllPermalink, pathKey, type PermalinkPost } from '../../../src/import/permalinks';

const post: PermalinkPost = {
  date: '2019-09-30T10:00:00-07:00',
  title: 'Some Post: Part 1',
  slug: undefined,
  fileName: 'some-post',
  sections: ['posts'],
  categories: ['Linux', 'net'],
};

describe('hugoPermalink', () => {
  it.each([
    ['/:year/:month/:slug/', '/2019/09/some-post-part-1/'],
    ['/:year/:month/:day/:filename/', '/2019/09/30/some-post/'],
    ['/:section/:title/', '/posts/some-post-part-1/'],
    ['/:slugorfilename/', '/some-post/'],
  ])('%s gives %s', (pattern, path) => {
    expect(hugoPermalink(pattern, post)).toBe(path);
  });

  it('uses the slug field for :slug', () => {
    expect(hugoPermalink('/:year/:slug/', { ...post, slug: 'custom' })).toBe('/2019/custom/');
  });
});

describe('jekyllPermalink', () => {
  it.each([
    ['date', '/linux/net/2019/09/30/some-post.html'],
    ['pretty', '/linux/net/2019/09/30/some-post/'],
    ['none', '/linux/net/some-post.html'],
    ['/:year/:month/:day/:title.html', '/2019/09/30/some-post.html'],
    ['/blog/:i_month/:slug/', '/blog/9/some-post/'],
  ])('%s gives %s', (style, path) => {
    expect(jekyllPermalink(style, post)).toBe(path);
  });
});

describe('pathKey', () => {
  it('treats the forms of one page as one', () => {
    const key = pathKey('/2019/09/30/some-post/');
    for (const form of [
      '/2019/09/30/some-post',
      '/2019/09/30/some-post.html',
      '/2019/09/30/some-post/index.html',
      '/2019/09/30/Some-Post/#top',
    ])
      expect(pathKey(form)).toBe(key);
    expect(pathKey('/2019/09/30/other/')).not.toBe(key);
  });
});
