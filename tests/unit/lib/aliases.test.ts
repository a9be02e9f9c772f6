import { describe, expect, it } from 'vitest';
import { aliasFile, aliasProblem, checkAliasCollisions, redirectPage, redirectsFile } from '../../../src/lib/aliases';

describe('aliasFile', () => {
  it.each([
    ['/2019/09/30/some-post.html', '2019/09/30/some-post.html'],
    ['/old/page.htm', 'old/page.htm'],
    ['/OLD/PAGE.HTML', 'OLD/PAGE.HTML'],
    ['/notes.html.bak', undefined],
    ['/caf%E9/', 'caf%E9/index.html'],
    ['/old/path/', 'old/path/index.html'],
    ['/old/path', 'old/path/index.html'],
    ['/blog/caf%C3%A9/', 'blog/café/index.html'],
    ['/index.php', undefined],
  ])('%s is answered by %s', (alias, file) => {
    expect(aliasFile(alias)).toBe(file);
  });
});

describe('aliasProblem', () => {
  it('refuses "." segments as it refuses ".." ones', () => {
    expect(aliasProblem('/a/./b')).toBe('contains "." or ".." segments');
    expect(aliasProblem('/a/.well-known/b')).toBeUndefined();
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

  it('lets a post list one of its own old addresses twice', () => {
    expect(() => {
      checkAliasCollisions([{ file: 'a.md', aliases: ['/old/a/', '/old/a'] }], pages);
    }).not.toThrow();
  });

  it('lists every problem, one a line', () => {
    expect(() => {
      checkAliasCollisions(
        [
          { file: 'a.md', aliases: ['/tags/', '/x.html'] },
          { file: 'b.md', aliases: ['/x.html'] },
        ],
        pages,
      );
    }).toThrow(
      'Aliases collide:\n  a.md: the alias "/tags/" is the address of the site\'s page /tags/index.html\n  a.md and b.md both claim the old address "/x.html"',
    );
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
    expect(
      redirectsFile([
        { from: '/a.html', to: '/posts/a/' },
        { from: '/b.html', to: '/posts/b/' },
      ]),
    ).toBe('/a.html /posts/a/ 301\n/b.html /posts/b/ 301\n');
  });

  it('writes a page that refreshes, names its canonical, stays out of search engines and shows a link', () => {
    const page = redirectPage({ title: 'A & "B"', to: '/posts/a/', canonical: 'https://x.example/posts/a/' });
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/posts/a/">');
    expect(page).toContain('<link rel="canonical" href="https://x.example/posts/a/">');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('<a href="/posts/a/">A &amp; &quot;B&quot;</a>');
  });

  it('keeps a title that looks like markup as text', () => {
    const page = redirectPage({
      title: "<script>alert('x')</script>",
      to: '/posts/a/',
      canonical: 'https://x.example/',
    });
    expect(page).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(page).not.toContain('<script>');
  });
});
