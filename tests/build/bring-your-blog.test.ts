/**
 * A fixture shaped like a blog brought from another generator: folder posts
 * with files beside them, raw HTML, embeds from other sites and old addresses.
 * Built once at the root and once under a sub-path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, elements, parseHtml, textOf } from '../support/built-site';
import { buildSite, removeBuilds, type BuildResult } from '../support/astro-build';

afterAll(removeBuilds);

const FIXTURE = 'tests/fixtures/bring-your-blog';
const BUNDLE_FILES = [
  'chart.png',
  'plot.svg',
  'LICENSE',
  'data/table.csv',
  'media/clip.webm',
  'media/deep/er/notes kept.txt',
];

let root: BuildResult;

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected to find it');
  return value;
}
let blog: BuildResult;

beforeAll(async () => {
  root = await buildSite(FIXTURE);
  if (root.code !== 0) throw new Error(root.output);
  // Vitest exports BASE_URL=/ to its children, and Vite would take it over the configured base.
  blog = await buildSite(FIXTURE, { SITE_BASE: '/blog/', BASE_URL: '/blog/' });
  if (blog.code !== 0) throw new Error(blog.output);
});

describe('page bundles', () => {
  it.each(BUNDLE_FILES)('publishes %s beside its post, byte for byte, at the root and under a sub-path', (file) => {
    const source = readFileSync(join(FIXTURE, 'bundled', file));
    for (const build of [root, blog]) {
      expect(readFileSync(join(build.outDir, 'posts/bundled', file)).equals(source)).toBe(true);
    }
  });

  it('publishes neither hidden files nor the files of a draft', () => {
    expect(existsSync(join(root.outDir, 'posts/bundled/.gitkeep'))).toBe(false);
    expect(existsSync(join(root.outDir, 'posts/secret-bundle'))).toBe(false);
  });

  it('keeps raw HTML pointing at the published files, and Markdown images going through astro:assets', () => {
    const html = readFileSync(join(blog.outDir, 'posts/bundled/index.html'), 'utf8');
    expect(html).toContain('src="chart.png"');
    expect(html).toContain('href="data/table.csv"');
    expect(html).toMatch(/<img[^>]+src="\/blog\/_astro\/plot\.[^"]+\.svg"/);
  });
});

describe('raw HTML in a post is contained', () => {
  let document: ReturnType<typeof parseHtml> | undefined;
  const page = () => (document ??= parseHtml(join(root.outDir, 'posts/broken-html/index.html')));
  const body = () => must(elements(page()).find((element) => attr(element, 'data-pagefind-body') !== undefined));
  const warnings = () => root.output.split('\n').filter((line) => line.includes('broken-html/index.md: '));

  it('keeps the page landmarks in place despite stray and unclosed tags', () => {
    const all = elements(page());
    const article = all.find((element) => element.tagName === 'article');
    const mains = all.filter((element) => element.tagName === 'main');
    expect(mains).toHaveLength(1);
    expect(article && elements(article).some((element) => element === body())).toBe(true);
    // The post footer (previous/next) is still inside the article, after the body.
    const postFooter = article && elements(article).find((element) => element.tagName === 'footer');
    expect(postFooter).toBeDefined();
    expect(textOf(must(postFooter))).toContain('Next post');
    expect(all.filter((element) => element.tagName === 'footer').at(-1)?.parentNode).toBe(
      all.find((element) => element.tagName === 'body'),
    );
  });

  it('creates no link inside a link', () => {
    for (const link of elements(body()).filter((element) => element.tagName === 'a')) {
      expect(
        elements(link)
          .slice(1)
          .some((inner) => inner.tagName === 'a'),
      ).toBe(false);
    }
    const hrefs = elements(body())
      .filter((element) => element.tagName === 'a')
      .map((link) => [attr(link, 'href'), textOf(link)]);
    expect(hrefs).toContainEqual(['mailto:me@example.com', 'me@example.com']);
    expect(hrefs.find(([href]) => href === 'https://example.org/about')?.[1]).toContain(
      'see https://example.org/contact',
    );
  });

  it('removes what could script, redirect, restyle or mislead the page, naming the post for each', () => {
    const inside = elements(body()).slice(1);
    for (const tag of ['script', 'meta', 'base', 'link', 'form', 'object', 'embed', 'site-search']) {
      expect(
        inside.some((element) => element.tagName === tag),
        tag,
      ).toBe(false);
    }
    for (const element of inside) {
      for (const { name, value } of element.attrs) {
        // data-pagefind-ignore is ours: code blocks and link hints are kept out of the index.
        expect(name).not.toMatch(/^on|^style$|^srcdoc$|^data-pagefind-(?!ignore)/);
        if (name === 'href' || name === 'src') expect(value).not.toMatch(/^(javascript|data):/i);
      }
    }
    expect(textOf(body())).toContain('Covers the page');
    expect(inside.find((element) => attr(element, 'alt') === 'clobber')?.attrs).toContainEqual({
      name: 'name',
      value: 'user-content-adoptedStyleSheets',
    });
    for (const expected of [
      'removed a stray </div>',
      'closed an unclosed <div> at the end of the post',
      'removed <script> and its content',
      'removed <meta>',
      'removed style="position:fixed;inset:0;z-index:9999" from <div>',
      'removed href="javascript:alert(1)" from <a>',
      'removed data-pagefind-meta from <p>',
      'removed <site-search>',
      'removed the srcdoc attribute from <iframe>',
      'prefixed name="adoptedStyleSheets"',
      'kept the link to mailto:me@example.com as text',
    ]) {
      expect(
        warnings().some((line) => line.includes(expected)),
        expected,
      ).toBe(true);
    }
    expect(root.output).not.toMatch(/bundled\/index\.md: /);
  });

  it('keeps MathML, inline SVG, code fence titles and the text of a coloured table', () => {
    const inside = elements(body());
    expect(inside.some((element) => element.tagName === 'math')).toBe(true);
    expect(inside.find((element) => element.tagName === 'circle')?.attrs).toContainEqual({
      name: 'fill',
      value: 'teal',
    });
    expect(textOf(body())).toContain('kept.js');
    expect(textOf(body())).toContain('dark cell');
  });

  it('keeps iframes, sandboxed and without our referrer, and loads remote images lazily', () => {
    const inside = elements(body());
    const frame = inside.find((element) => attr(element, 'src') === 'https://video.example.net/embed/abc');
    expect(attr(must(frame), 'sandbox')).toContain('allow-scripts');
    expect(attr(must(frame), 'referrerpolicy')).toBe('strict-origin-when-cross-origin');
    const photo = inside.find((element) => attr(element, 'src') === 'https://images.example.org/photo.png');
    expect([attr(must(photo), 'loading'), attr(must(photo), 'decoding'), attr(must(photo), 'referrerpolicy')]).toEqual([
      'lazy',
      'async',
      'no-referrer',
    ]);
  });
});

describe('old addresses', () => {
  it('redirect with a 301 where the host reads _redirects, under the sub-path too', () => {
    expect(readFileSync(join(root.outDir, '_redirects'), 'utf8')).toBe(
      [
        '/2019/09/30/bundled.html /posts/bundled/ 301',
        '/2016/10/06/raw-html.html /posts/broken-html/ 301',
        '/old/raw-html/ /posts/broken-html/ 301',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(blog.outDir, '_redirects'), 'utf8')).toContain(
      '/blog/2016/10/06/raw-html.html /blog/posts/broken-html/ 301',
    );
  });

  it('leave a static redirect page at each alias for hosts without _redirects', () => {
    const page = readFileSync(join(blog.outDir, 'old/raw-html/index.html'), 'utf8');
    expect(page).toContain('url=/blog/posts/broken-html/');
    expect(page).toContain('<link rel="canonical" href="https://rabbit-holes.example.com/blog/posts/broken-html/">');
    expect(existsSync(join(root.outDir, '2019/09/30/bundled.html'))).toBe(true);
  });

  it('count as resolving links: a post links to an alias and the build passes its link check', () => {
    expect(readFileSync(join(blog.outDir, 'posts/bundled/index.html'), 'utf8')).toContain(
      'href="../../2016/10/06/raw-html.html"',
    );
  });

  it('fail the build when two posts claim one, naming both, or when one takes a page of the site', async () => {
    const { code, output } = await buildSite('tests/fixtures/alias-collision');
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /alias-collision\/(first|second)\.md and tests\/fixtures\/alias-collision\/(second|first)\.md both claim the old address "\/2020\/01\/01\/post\.html"/,
    );
    expect(output).toContain(`second.md: the alias "/tags/" is the address of the site's page /tags/index.html`);
  });
});
