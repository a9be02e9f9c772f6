/**
 * Social cards, a step of the post-build pipeline: after `astro build`, every page whose
 * og:image names `<base>og/<slug>.png` gets that file, a 1200×630 PNG showing
 * the site name, the post title and its date. Cards are kept in a cache folder
 * under a key of everything they show, so a build only draws the cards that
 * changed; the rest are copied.
 */
import { closeSync, copyFileSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatDate } from '../lib/dates';
import { cardCacheKey, cardJobFromHtml, type CardContent, type CardJob } from './layout';
import { site } from '../site.config';
import { hasEmoji } from './fonts';
import { startCardPool } from './pool';

export interface RenderCardsOptions {
  /** The built site. */
  dir: string;
  /** The base path the site is built under, e.g. "/" or "/blog/". */
  base: string;
  /** Where rendered cards are kept between builds. */
  cacheDir: string;
}

export interface RenderCardsResult {
  rendered: number;
  cached: number;
}

/** Enough of a page for its head, which is all a card needs: post pages are mostly body. */
const PAGE_START_BYTES = 32 * 1024;
const pageStart = Buffer.alloc(PAGE_START_BYTES);

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The card a built page asks for, read from the start of the page, or from all
 * of it when the start is not enough. Synchronous reads: a thousand small reads
 * through the thread pool take ten times as long.
 */
function cardJobOfPage(path: string, base: string): CardJob | undefined {
  const file = openSync(path, 'r');
  let bytesRead: number;
  try {
    bytesRead = readSync(file, pageStart, 0, PAGE_START_BYTES, 0);
  } finally {
    closeSync(file);
  }
  const start = pageStart.toString('utf8', 0, bytesRead);
  if (bytesRead < PAGE_START_BYTES) return cardJobFromHtml(start, base);
  try {
    const job = cardJobFromHtml(start, base);
    if (job) return job;
  } catch {
    // The head may go on past the start; the whole page decides.
  }
  return cardJobFromHtml(readFileSync(path, 'utf8'), base);
}

/** A heading that counts the items, then the items, one a line; nothing when there are none. */
function listed(items: readonly string[], counted: (count: number) => string, what: string): string[] {
  return items.length === 0 ? [] : [`${counted(items.length)} ${what}:\n  ${items.join('\n  ')}`];
}

interface PageCard {
  job: CardJob;
  /** The page that asks for the card, relative to the built site. */
  page: string;
  content: CardContent;
  /** The card's file name in the cache. */
  cacheFile: string;
}

/** The cards the built pages ask for, one per slug; an error naming every page that asks wrongly. */
function pageCards(dir: string, base: string): PageCard[] {
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
  const bySlug = new Map<string, PageCard>();
  const wrongPages: string[] = [];
  for (const page of pages) {
    let job: CardJob | undefined;
    try {
      job = cardJobOfPage(join(dir, page), base);
    } catch (error) {
      wrongPages.push(`${page}: ${describe(error)}`);
    }
    if (!job) continue;
    const seen = bySlug.get(job.slug);
    if (!seen) {
      const content: CardContent = {
        siteName: site.title,
        title: job.title,
        dateText: formatDate(new Date(job.publishedIso), site.timezone, site.lang),
      };
      bySlug.set(job.slug, { job, page, content, cacheFile: `${cardCacheKey(content)}.png` });
    } else if (seen.job.title !== job.title || seen.job.publishedIso !== job.publishedIso) {
      wrongPages.push(`${page}: asks for og/${job.slug}.png with other text than ${seen.page} does`);
    }
  }
  const problems = listed(
    wrongPages,
    (count) => (count === 1 ? '1 page asks' : `${count} pages ask`),
    'for a card wrongly',
  );
  if (problems.length > 0) throw new Error(`Social cards: ${problems.join('\n')}`);
  return [...bySlug.values()];
}

/**
 * Writes `og/<slug>.png` into the built site for every page that asks for one:
 * copied from the cache when a card with the same text was drawn before, drawn
 * on worker threads otherwise. Fails naming every page that asks for a card
 * wrongly, or every post whose card could not be made.
 */
export async function renderCards({ dir, base, cacheDir }: RenderCardsOptions): Promise<RenderCardsResult> {
  const cards = pageCards(dir, base);
  const outDir = join(dir, 'og');
  mkdirSync(outDir, { recursive: true });
  mkdirSync(cacheDir, { recursive: true });
  const cachedFiles = new Set(readdirSync(cacheDir));
  const toDraw = cards.filter((card) => !cachedFiles.has(card.cacheFile));
  const pool =
    toDraw.length === 0
      ? undefined
      : startCardPool({ emoji: toDraw.some(({ content }) => Object.values(content).some(hasEmoji)) });

  const failures: string[] = [];
  const failed = (card: PageCard, error: unknown) => {
    failures.push(`${card.page}: the card for "${card.job.title}" could not be made: ${describe(error)}`);
  };
  const outPath = (card: PageCard) => join(outDir, `${card.job.slug}.png`);

  // Copies go one at a time, while the workers start: many copies at once into one folder only contend.
  for (const card of cards) {
    try {
      if (cachedFiles.has(card.cacheFile)) copyFileSync(join(cacheDir, card.cacheFile), outPath(card));
    } catch (error) {
      failed(card, error);
    }
  }

  if (pool) {
    // Posts that show the same text (a series of "Weekly notes" on one day) share one drawing.
    const sameText = new Map<string, { content: CardContent; cards: PageCard[] }>();
    for (const card of toDraw) {
      const group = sameText.get(card.cacheFile);
      if (group) group.cards.push(card);
      else sameText.set(card.cacheFile, { content: card.content, cards: [card] });
    }
    try {
      await Promise.all(
        [...sameText].map(async ([cacheFile, { content, cards: group }]) => {
          try {
            await pool.draw({ content, cachePath: join(cacheDir, cacheFile), outPaths: group.map(outPath) });
          } catch (error) {
            for (const card of group) failed(card, error);
          }
        }),
      );
    } finally {
      await pool.close();
    }
  }
  const problems = listed(failures, (count) => (count === 1 ? '1 post has' : `${count} posts have`), 'no card');
  if (problems.length > 0) throw new Error(`Social cards: ${problems.join('\n')}`);
  // Cards no post shows any more (retitled, redated, deleted) would only grow the cache.
  const inUse = new Set(cards.map((card) => card.cacheFile));
  for (const file of cachedFiles) if (!inUse.has(file)) rmSync(join(cacheDir, file), { force: true });
  return { rendered: toDraw.length, cached: cards.length - toDraw.length };
}
