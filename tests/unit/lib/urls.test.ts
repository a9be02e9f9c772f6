import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  feedUrl,
  homeUrl,
  joinBase,
  pagefindUrl,
  postUrl,
  postsUrl,
  searchUrl,
  socialCardUrl,
  tagFeedUrl,
  tagUrl,
  tagsUrl,
  url,
  urlScheme,
  yearUrl,
} from '../../../src/lib/urls';

describe('urlScheme', () => {
  it('names the scheme of an absolute address, lower-cased', () => {
    expect(urlScheme('HTTPS://example.com/')).toBe('https');
    expect(urlScheme('mailto:a@example.com')).toBe('mailto');
    expect(urlScheme(' javascript:alert(1)')).toBeUndefined();
    expect(urlScheme('git+ssh://host/repo')).toBe('git+ssh');
  });

  it('gives nothing for paths, fragments and protocol-relative addresses', () => {
    for (const path of ['/posts/', 'images/a.png', '#top', '//cdn.example.com/x.js', '1password:x', '']) {
      expect(urlScheme(path)).toBeUndefined();
    }
  });
});

describe('joinBase', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'posts/', '/posts/'],
    ['/blog/', 'posts/x/', '/blog/posts/x/'],
    ['/blog', 'posts/x/', '/blog/posts/x/'],
    ['/blog/', '/posts/x/', '/blog/posts/x/'],
    ['/blog/', '//posts/x/', '/blog/posts/x/'],
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

describe('page URLs under a sub-path', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('puts the base in front of every URL, once', () => {
    vi.stubEnv('BASE_URL', '/blog/');
    expect({
      home: homeUrl(),
      posts: postsUrl(),
      post: postUrl({ id: 'spanning-tree' }),
      year: yearUrl(2014),
      tags: tagsUrl(),
      tag: tagUrl({ slug: 'c-sharp' }),
      search: searchUrl(),
      pagefind: pagefindUrl(),
      feed: feedUrl(),
      tagFeed: tagFeedUrl({ slug: 'c-sharp' }),
      card: socialCardUrl({ id: 'spanning-tree' }),
      path: url('/about/'),
    }).toEqual({
      home: '/blog/',
      posts: '/blog/posts/',
      post: '/blog/posts/spanning-tree/',
      year: '/blog/posts/2014/',
      tags: '/blog/tags/',
      tag: '/blog/tags/c-sharp/',
      search: '/blog/search/',
      pagefind: '/blog/pagefind/pagefind.js',
      feed: '/blog/rss.xml',
      tagFeed: '/blog/tags/c-sharp/rss.xml',
      card: '/blog/og/spanning-tree.png',
      path: '/blog/about/',
    });
  });

  it('escapes slugs that are not plain ASCII', () => {
    vi.stubEnv('BASE_URL', '/blog/');
    expect(postUrl({ id: 'a b' })).toBe('/blog/posts/a%20b/');
    expect(socialCardUrl({ id: 'ü' })).toBe('/blog/og/%C3%BC.png');
  });
});
