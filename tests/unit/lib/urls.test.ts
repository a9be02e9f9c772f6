import { describe, expect, it } from 'vitest';
import { joinBase, postUrl, postsUrl, tagUrl, tagsUrl, yearUrl } from '../../../src/lib/urls';

describe('joinBase', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'posts/', '/posts/'],
    ['/blog/', 'posts/x/', '/blog/posts/x/'],
    ['/blog', 'posts/x/', '/blog/posts/x/'],
    ['/blog/', '/posts/x/', '/blog/posts/x/'],
  ])('%s + %s → %s', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});

describe('page URLs', () => {
  it('builds post, listing and year URLs under the base', () => {
    expect(postsUrl()).toBe('/posts/');
    expect(postUrl({ id: 'spanning-tree' })).toBe('/posts/spanning-tree/');
    expect(yearUrl(2014)).toBe('/posts/2014/');
    expect(tagsUrl()).toBe('/tags/');
    expect(tagUrl({ slug: 'c-sharp' })).toBe('/tags/c-sharp/');
    expect(tagUrl({ slug: '日本語' })).toBe('/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/');
  });
});
