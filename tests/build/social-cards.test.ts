import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderCards } from '../../src/social-cards/render-cards';
import { escapeXml } from '../../src/lib/xml';
import { decodePng, type DecodedPng } from '../support/png';

const HOSTILE_TITLE = '<script>alert(1)</script> & "quotes" 日本語 עברית 🚀';

interface FixturePost {
  slug: string;
  title: string;
  published?: string;
}

/** A built post page as the layout writes it: the card's URL and text in the head. */
function postPage({ slug, title, published = '2026-10-13T22:00:00.000Z' }: FixturePost, base: string): string {
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeXml(title)} — Rabbit Holes</title>`,
    `<meta property="og:title" content="${escapeXml(title)}">`,
    `<meta property="og:image" content="https://example.com${base}og/${encodeURIComponent(slug)}.png">`,
    `<meta property="article:published_time" content="${published}">`,
    `</head><body><h1>${escapeXml(title)}</h1></body></html>`,
  ].join('');
}

/** Every pixel where a card's title goes. */
function* titlePixels(png: DecodedPng) {
  for (let y = 150; y < 480; y += 2) for (let x = 96; x < 1104; x += 2) yield png.pixel(x, y).color;
}

const channels = (color: string) => [1, 3, 5].map((start) => parseInt(color.slice(start, start + 2), 16));

/** The largest difference between two colours in any channel. */
const distance = (a: string, b: string) => {
  const [x, y] = [channels(a), channels(b)];
  return Math.max(...x.map((value, index) => Math.abs(value - (y[index] ?? 0))));
};

/** How much dark ink the title put on the card. */
const titleInk = (png: DecodedPng) =>
  [...titlePixels(png)].filter((color) => Math.max(...channels(color)) < 128).length;

/** Whether the title has strongly coloured pixels, as colour emoji have and text in ink has not. */
const titleHasColour = (png: DecodedPng) =>
  [...titlePixels(png)].some((color) => Math.max(...channels(color)) - Math.min(...channels(color)) > 100);

describe('renderCards', () => {
  let scratch: string;
  let dir: string;
  let cacheDir: string;

  const writePage = (path: string, html: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  };
  const writePosts = (posts: readonly FixturePost[], base = '/') => {
    for (const post of posts) writePage(`posts/${post.slug}/index.html`, postPage(post, base));
  };
  const card = (slug: string) => readFileSync(join(dir, 'og', `${slug}.png`));
  /** A fresh build's output: the same pages, no cards yet. */
  const clearCards = () => {
    rmSync(join(dir, 'og'), { recursive: true, force: true });
  };

  const posts: FixturePost[] = [
    { slug: 'spanning-tree', title: 'Spanning Tree' },
    { slug: 'bm25', title: 'Building a Search Engine in Rust: Crawl, Index, Rank' },
    { slug: 'hostile', title: HOSTILE_TITLE },
  ];

  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'social-cards-'));
    dir = join(scratch, 'dist');
    cacheDir = join(scratch, 'cache');
    writePage('index.html', '<html><head><meta property="og:image" content="/og-default.png"></head></html>');
    writePage('about/index.html', '<html><head><title>No card</title></head><body></body></html>');
  });

  afterEach(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('writes a 1200×630 PNG for every page that asks for one, hostile titles included', async () => {
    writePosts(posts);
    expect(await renderCards({ dir, base: '/', cacheDir })).toEqual({ rendered: 3, cached: 0 });
    for (const { slug } of posts) {
      const bytes = card(slug);
      expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
      const png = await decodePng(bytes);
      // The accent bar down the left edge, on the page's white (a palette may move a colour by a step or two).
      expect(distance(png.pixel(8, 315).color, '#0b6e63')).toBeLessThanOrEqual(3);
      expect(png.pixel(1190, 10)).toEqual({ color: '#ffffff', alpha: 255 });
      // Small enough for 10,000 posts to fit a host's size limit.
      expect(bytes.length).toBeLessThanOrEqual(20 * 1024);
    }
    expect(card('hostile').equals(card('spanning-tree'))).toBe(false);
  });

  it('draws the letters of a title, and emoji in colour, not placeholder boxes', async () => {
    writePosts([
      { slug: 'thin', title: 'iiiiiiii' },
      { slug: 'wide', title: 'WWWWWWWW' },
      { slug: 'emoji', title: '🚀🦀🚀' },
    ]);
    await renderCards({ dir, base: '/', cacheDir });
    const [thin, wide, emoji] = await Promise.all(['thin', 'wide', 'emoji'].map((slug) => decodePng(card(slug))));
    if (!thin || !wide || !emoji) throw new Error('a card is missing');
    expect(titleInk(wide)).toBeGreaterThan(2 * titleInk(thin));
    expect(titleHasColour(wide)).toBe(false);
    expect(titleHasColour(emoji)).toBe(true);
  });

  it('takes every card from the cache on the next build, and redraws only a changed one', async () => {
    writePosts(posts);
    await renderCards({ dir, base: '/', cacheDir });
    const first = posts.map(({ slug }) => card(slug));

    clearCards();
    expect(await renderCards({ dir, base: '/', cacheDir })).toEqual({ rendered: 0, cached: 3 });
    posts.forEach(({ slug }, index) => {
      expect(card(slug).equals(first[index] ?? Buffer.alloc(0))).toBe(true);
    });

    clearCards();
    writePosts([{ slug: 'spanning-tree', title: 'Spanning Tree, Revisited' }]);
    expect(await renderCards({ dir, base: '/', cacheDir })).toEqual({ rendered: 1, cached: 2 });
    expect(card('spanning-tree').equals(first[0] ?? Buffer.alloc(0))).toBe(false);

    clearCards();
    writePosts([{ slug: 'bm25', title: posts[1]?.title ?? '', published: '2026-10-20T22:00:00.000Z' }]);
    expect(await renderCards({ dir, base: '/', cacheDir })).toEqual({ rendered: 1, cached: 2 });
    // The cards of the old title and the old date are gone from the cache: one card per post is left.
    expect(readdirSync(cacheDir)).toHaveLength(3);
  });

  it('finds the cards under a base path and writes them to og/ in the built site', async () => {
    writePosts([{ slug: 'café', title: 'Notes from a café' }], '/blog/');
    expect(await renderCards({ dir, base: '/blog/', cacheDir })).toEqual({ rendered: 1, cached: 0 });
    expect((await decodePng(card('café'))).width).toBe(1200);
  });

  it('reads long pages, and pages whose head is longer than the part read first', async () => {
    const body = `<p>${'word '.repeat(20_000)}</p>`;
    writePage('posts/long/index.html', postPage({ slug: 'long', title: 'A long body' }, '/').replace('<h1>', body));
    const bigHead = postPage({ slug: 'styled', title: 'A long head' }, '/').replace(
      '<title>',
      `<style>/* ${'x'.repeat(40_000)} */</style><title>`,
    );
    writePage('posts/styled/index.html', bigHead);
    expect(await renderCards({ dir, base: '/', cacheDir })).toEqual({ rendered: 2, cached: 0 });
  });

  it('draws the card of posts that show the same text once, and gives it to each', async () => {
    writePosts([
      { slug: 'weekly-a', title: 'Weekly notes' },
      { slug: 'weekly-b', title: 'Weekly notes' },
    ]);
    expect(await renderCards({ dir, base: '/', cacheDir })).toEqual({ rendered: 2, cached: 0 });
    expect(card('weekly-a').equals(card('weekly-b'))).toBe(true);
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it('fails when two pages ask for the same card with different text', async () => {
    writePosts([{ slug: 'twice', title: 'One title' }]);
    writePage('posts/twice-again/index.html', postPage({ slug: 'twice', title: 'Another title' }, '/'));
    await expect(renderCards({ dir, base: '/', cacheDir })).rejects.toThrow(
      'posts/twice/index.html: asks for og/twice.png with other text than posts/twice-again/index.html does',
    );
  });

  it('fails naming every page that asks for a card without saying what it shows', async () => {
    writePosts(posts);
    writePage('posts/untitled/index.html', '<html><head><meta property="og:image" content="/og/untitled.png">');
    await expect(renderCards({ dir, base: '/', cacheDir })).rejects.toThrow(
      'Social cards: 1 page asks for a card wrongly:\n  posts/untitled/index.html: the page asks for the card og/untitled.png but has no og:title',
    );
  });

  it('fails naming the post whose card cannot be written', async () => {
    writePosts(posts);
    mkdirSync(join(dir, 'og', 'bm25.png'), { recursive: true });
    await expect(renderCards({ dir, base: '/', cacheDir })).rejects.toThrow(
      /Social cards: 1 post has no card:\n {2}posts\/bm25\/index.html: the card for "Building a Search Engine in Rust: Crawl, Index, Rank" could not be made: EISDIR/,
    );
  });
});
