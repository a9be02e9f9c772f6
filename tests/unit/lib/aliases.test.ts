import { describe, expect, it } from 'vitest';
import { aliasFile, checkAliasCollisions, redirectPage, redirectsFile } from '../../../src/lib/aliases';

describe('aliasFile', () => {
  it.each([
    ['/2019/09/30/some-post.html', '2019/09/30/some-post.html'],
    ['/old/path/', 'old/path/index.html'],
    ['/old/path', 'old/path/index.html'],
    ['/blog/caf%C3%A9/', 'blog/café/index.html'],
    ['/index.php', undefined],
  ])('%s is answered by %s', (alias, file) => {
    expect(aliasFile(alias)).toBe(file);
  });
});

describe('checkAliasCollisions', () => {
  const pages = new Map([['tags/index.html', "the site's page /tags/index.html"]]);

  it('accepts distinct aliases', () => {
    expect(() => {
      checkAliasCollisions(
        [
          { file: 'a.md', aliases: ['/a.html', '/old/a/'] },
          { file: 'b.md', aliases: ['/b.html'] },
        ],
        pages,
      );
    }).not.toThrow();
  });

  it('names both posts when two claim one address, however it is spelled', () => {
    expect(() => {
      checkAliasCollisions(
        [
          { file: 'content/posts/a.md', aliases: ['/old/post/'] },
          { file: 'content/posts/b/index.md', aliases: ['/old/post'] },
        ],
        pages,
      );
    }).toThrow('content/posts/a.md and content/posts/b/index.md both claim the old address "/old/post"');
  });

  it('refuses an alias on the address of one of the site’s pages', () => {
    expect(() => {
      checkAliasCollisions([{ file: 'a.md', aliases: ['/tags/'] }], pages);
    }).toThrow(`a.md: the alias "/tags/" is the address of the site's page /tags/index.html`);
  });
});

describe('redirects', () => {
  it('writes one permanent redirect a line', () => {
    expect(redirectsFile([{ from: '/blog/a.html', to: '/blog/posts/a/' }])).toBe('/blog/a.html /blog/posts/a/ 301\n');
  });

  it('writes a page that refreshes, names its canonical, stays out of search engines and shows a link', () => {
    const page = redirectPage({ title: 'A & "B"', to: '/posts/a/', canonical: 'https://x.example/posts/a/' });
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/posts/a/">');
    expect(page).toContain('<link rel="canonical" href="https://x.example/posts/a/">');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('<a href="/posts/a/">A &amp; &quot;B&quot;</a>');
  });
});
