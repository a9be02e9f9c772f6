import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenReferences, fileFor, idsReader, referencesInHtml, urlOf } from '../../../src/postbuild/built-pages';

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

  it('reads attributes of tags only, not HTML shown as text in code', () => {
    const html =
      '<pre><code>&lt;img src="chart.png"&gt; &lt;a href="data.csv" id="x"&gt;</code></pre>' +
      '<img alt="a > b" src="/after-a-quoted-angle.png">';
    expect(referencesInHtml(html)).toEqual(['/after-a-quoted-angle.png']);
  });
});

/** A small built site on disk, served under `base`. */
function builtSite(base: string, files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'built-pages-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, base };
}

const ORIGIN = 'http://site.invalid';

describe('urlOf and fileFor', () => {
  const site = builtSite('/blog/', {
    'index.html': '<h1>home</h1>',
    'posts/a/index.html': '<h1 id="top-heading">a</h1>',
    'rss.xml': '<rss/>',
    'tags/c-sharp/index.html': 'c#',
  });

  it('serve folders by their index.html and files as they are, under the base', () => {
    expect(urlOf(join(site.dir, 'index.html'), site)).toBe('/blog/');
    expect(urlOf(join(site.dir, 'posts/a/index.html'), site)).toBe('/blog/posts/a/');
    expect(urlOf(join(site.dir, 'rss.xml'), site)).toBe('/blog/rss.xml');
    expect(fileFor('/blog/', site)).toBe(join(site.dir, 'index.html'));
    expect(fileFor('/blog/posts/a/', site)).toBe(join(site.dir, 'posts/a/index.html'));
    expect(fileFor('/blog/rss.xml', site)).toBe(join(site.dir, 'rss.xml'));
  });

  it('answer nothing outside the base or for a missing file', () => {
    expect(fileFor('/posts/a/', site)).toBeUndefined();
    expect(fileFor('/blog/posts/b/', site)).toBeUndefined();
    expect(fileFor('/blog/posts/', site)).toBeUndefined();
  });
});

describe('brokenReferences', () => {
  const site = builtSite('/', {
    'index.html': '<h1 id="welcome">Home</h1><h2 id="caf%C3%A9">x</h2><h2 id="a&amp;b">y</h2>',
    'posts/a/index.html': '<h2 id="one">One</h2><h2 id="two">Two</h2>',
    'posts/a/plot.webp': 'image',
    'notes.txt': 'text',
  });
  const check = (references: string[], page = '/posts/a/') =>
    brokenReferences(references, new URL(page, ORIGIN), site, [ORIGIN, 'https://blog.example']);

  it('accepts pages, assets and anchors that exist, relative or absolute, on any of its own origins', () => {
    expect(
      check(['/', '/#welcome', '../../', 'plot.webp', './#two', 'https://blog.example/posts/a/#one', '/notes.txt']),
    ).toEqual([]);
  });

  it('names a page or asset that does not exist', () => {
    expect(check(['/posts/b/', 'missing.webp'])).toEqual([
      '/posts/b/ (nothing at /posts/b/)',
      'missing.webp (nothing at /posts/a/missing.webp)',
    ]);
  });

  it('names an anchor missing on another page', () => {
    expect(check(['/#nowhere'])).toEqual(['/#nowhere (no element with id "nowhere")']);
  });

  it('names an anchor missing on the same page, and accepts one that is there', () => {
    expect(check(['#one', '#three'])).toEqual(['#three (no element with id "three")']);
  });

  it('compares anchors by their decoded text', () => {
    expect(check(['/#a&b', '/#caf%25C3%25A9'])).toEqual([]);
  });

  it('does not look at other origins, and does not look for anchors in files that are not pages', () => {
    expect(check(['https://example.org/missing/', 'mailto:a@b.example', '/notes.txt#line-3'])).toEqual([]);
  });

  it('with a shared reader, reads a page that many posts link into once', () => {
    const idsOf = idsReader();
    const first = idsOf(join(site.dir, 'index.html'));
    for (const page of ['/posts/a/', '/']) {
      expect(brokenReferences(['/#welcome', '/#gone'], new URL(page, ORIGIN), site, [ORIGIN], idsOf)).toEqual([
        '/#gone (no element with id "gone")',
      ]);
    }
    expect(idsOf(join(site.dir, 'index.html'))).toBe(first);
  });
});
