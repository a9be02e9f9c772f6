import { describe, expect, it } from 'vitest';
import { dateModifiedIn, postPageFile } from '../../../src/postbuild/sitemap-lastmod';

describe('dateModifiedIn', () => {
  it("reads the page's JSON-LD dateModified", () => {
    const html =
      '<head><script type="application/ld+json">{"@type":"WebSite"}</script>' +
      '<script type="application/ld+json">{"@type":"BlogPosting","dateModified":"2024-02-03T04:05:06.000Z"}</script></head>';
    expect(dateModifiedIn(html)?.toISOString()).toBe('2024-02-03T04:05:06.000Z');
  });

  it('answers nothing for a page without one', () => {
    expect(dateModifiedIn('<head><title>Tags</title></head>')).toBeUndefined();
  });
});

describe('postPageFile', () => {
  it('maps a post URL to its built file, under a base path too', () => {
    expect(postPageFile('https://example.org/posts/raft/', '/')).toBe('posts/raft/index.html');
    expect(postPageFile('https://example.org/blog/posts/raft/', '/blog/')).toBe('posts/raft/index.html');
  });

  it('leaves other pages alone', () => {
    expect(postPageFile('https://example.org/posts/2024/extra/', '/')).toBeUndefined();
    expect(postPageFile('https://example.org/tags/go/', '/')).toBeUndefined();
    expect(postPageFile('https://example.org/posts/raft/', '/blog/')).toBeUndefined();
  });
});
