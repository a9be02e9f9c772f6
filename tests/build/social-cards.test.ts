import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARD_JOBS_FILE, type CardJob } from '../../src/social-cards/jobs';
import { renderCards, takeCardJobs } from '../../src/social-cards/render-cards';
import { decodePng, type DecodedPng } from '../support/png';

/** A card's size at most: the cards of 10,000 posts then stay under 200 MB of a host's limit. */
const CARD_MAX_BYTES = 20_000;

const HOSTILE_TITLE = '<script>alert(1)</script> & "quotes" 日本語 עברית 🚀';

interface FixturePost {
  slug: string;
  title: string;
  dateText?: string;
}

/** The card jobs the build's route would list for these posts. */
const jobsOf = (posts: readonly FixturePost[]): CardJob[] =>
  posts.map(({ slug, title, dateText = '14 October 2026' }) => ({
    slug,
    content: { siteName: 'Rabbit Holes', title, dateText },
  }));

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

  const render = (posts: readonly FixturePost[]) => renderCards({ dir, jobs: jobsOf(posts), cacheDir });
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
    mkdirSync(dir);
  });

  afterEach(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('writes a 1200×630 PNG for every post, hostile titles included', async () => {
    expect(await render(posts)).toEqual({ rendered: 3, cached: 0 });
    for (const { slug } of posts) {
      const bytes = card(slug);
      expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
      const png = await decodePng(bytes);
      // The accent bar down the left edge, on the page's white (a palette may move a colour by a step or two).
      expect(distance(png.pixel(8, 315).color, '#0b6e63')).toBeLessThanOrEqual(3);
      expect(png.pixel(1190, 10)).toEqual({ color: '#ffffff', alpha: 255 });
      // Small enough for 10,000 posts to fit a host's size limit.
      expect(bytes.length).toBeLessThanOrEqual(CARD_MAX_BYTES);
    }
    expect(card('hostile').equals(card('spanning-tree'))).toBe(false);
  });

  it('keeps the card of a title long enough for five lines within its size limit', async () => {
    const title =
      'Why the tail latency of our gRPC gateway doubled after we moved the connection pool into a sidecar and what the kernel had to say about it';
    await render([{ slug: 'long', title }]);
    const bytes = card('long');
    expect(bytes.length).toBeLessThanOrEqual(CARD_MAX_BYTES);
    // Still the title, in ink, on the page's white.
    expect(titleInk(await decodePng(bytes))).toBeGreaterThan(0);
  });

  it('draws the letters of a title, and emoji in colour, not placeholder boxes', async () => {
    await render([
      { slug: 'thin', title: 'iiiiiiii' },
      { slug: 'wide', title: 'WWWWWWWW' },
      { slug: 'emoji', title: '🚀🦀🚀' },
    ]);
    const [thin, wide, emoji] = await Promise.all(['thin', 'wide', 'emoji'].map((slug) => decodePng(card(slug))));
    if (!thin || !wide || !emoji) throw new Error('a card is missing');
    expect(titleInk(wide)).toBeGreaterThan(2 * titleInk(thin));
    expect(titleHasColour(wide)).toBe(false);
    expect(titleHasColour(emoji)).toBe(true);
  });

  it('takes every card from the cache on the next build, and redraws only a changed one', async () => {
    await render(posts);
    const first = posts.map(({ slug }) => card(slug));

    clearCards();
    expect(await render(posts)).toEqual({ rendered: 0, cached: 3 });
    posts.forEach(({ slug }, index) => {
      expect(card(slug).equals(first[index] ?? Buffer.alloc(0))).toBe(true);
    });

    clearCards();
    const retitled = posts.map((post) => (post.slug === 'spanning-tree' ? { ...post, title: 'Revisited' } : post));
    expect(await render(retitled)).toEqual({ rendered: 1, cached: 2 });
    expect(card('spanning-tree').equals(first[0] ?? Buffer.alloc(0))).toBe(false);

    clearCards();
    const redated = retitled.map((post) => (post.slug === 'bm25' ? { ...post, dateText: '21 October 2026' } : post));
    expect(await render(redated)).toEqual({ rendered: 1, cached: 2 });
    // The cards of the old title and the old date are gone from the cache: one card per post is left.
    expect(readdirSync(cacheDir)).toHaveLength(3);
  });

  it('draws the card of posts that show the same text once, and gives it to each', async () => {
    expect(
      await render([
        { slug: 'weekly-a', title: 'Weekly notes' },
        { slug: 'weekly-b', title: 'Weekly notes' },
      ]),
    ).toEqual({ rendered: 2, cached: 0 });
    expect(card('weekly-a').equals(card('weekly-b'))).toBe(true);
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it('draws nothing and empties the cache when no post has its own card', async () => {
    await render(posts);
    clearCards();
    expect(await render([])).toEqual({ rendered: 0, cached: 0 });
    expect(existsSync(join(dir, 'og'))).toBe(false);
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('fails naming the post whose card cannot be written', async () => {
    mkdirSync(join(dir, 'og', 'bm25.png'), { recursive: true });
    await expect(render(posts)).rejects.toThrow(
      /Social cards: 1 post has no card:\n {2}bm25: the card for "Building a Search Engine in Rust: Crawl, Index, Rank" could not be made: EISDIR/,
    );
  });
});

describe('takeCardJobs', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'card-jobs-'));
    mkdirSync(join(dir, 'og'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the card list the build wrote and removes it from the site', () => {
    const jobs = jobsOf([{ slug: 'café', title: 'Notes from a café' }]);
    writeFileSync(join(dir, CARD_JOBS_FILE), JSON.stringify(jobs));
    writeFileSync(join(dir, 'og', 'kept.png'), '');
    expect(takeCardJobs(dir)).toEqual(jobs);
    expect(readdirSync(join(dir, 'og'))).toEqual(['kept.png']);
  });

  it('leaves no empty og/ folder behind when the list was all it held', () => {
    writeFileSync(join(dir, CARD_JOBS_FILE), '[]');
    expect(takeCardJobs(dir)).toEqual([]);
    expect(existsSync(join(dir, 'og'))).toBe(false);
  });

  it('fails saying the build wrote no card list', () => {
    expect(() => takeCardJobs(dir)).toThrow(`Social cards: the build wrote no ${CARD_JOBS_FILE}`);
  });
});
