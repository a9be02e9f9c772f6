/**
 * Social cards, a step of the post-build pipeline: after `astro build`, every
 * post in the card list the build wrote (see jobs.ts) gets `og/<slug>.png`, a
 * 1200×630 PNG showing the site name, the post title and its date. Cards are
 * kept in a cache folder under a key of everything they show, so a build only
 * draws the cards that changed; the rest are copied.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cardCacheKey, type CardContent } from './layout';
import { CARD_JOBS_FILE, parseCardJobs, type CardJob } from './jobs';
import { hasEmoji } from './fonts';
import { startCardPool } from './pool';
import { errorMessage } from '../lib/error-message';

export interface RenderCardsOptions {
  /** The built site. */
  dir: string;
  /** The cards to draw, from takeCardJobs. */
  jobs: readonly CardJob[];
  /** Where rendered cards are kept between builds. */
  cacheDir: string;
}

export interface RenderCardsResult {
  rendered: number;
  cached: number;
}

/**
 * The card list the build wrote (see jobs.ts), removed from the site once
 * read: it is for the pipeline, not for readers.
 */
export function takeCardJobs(dir: string): CardJob[] {
  const path = join(dir, CARD_JOBS_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Social cards: the build wrote no ${CARD_JOBS_FILE} (${errorMessage(error)})`, { cause: error });
  }
  rmSync(path);
  // og/ held only the list when no post has its own card: an empty folder is not published either.
  const folder = dirname(path);
  if (readdirSync(folder).length === 0) rmdirSync(folder);
  return parseCardJobs(text);
}

/** A heading that counts the items, then the items, one a line; nothing when there are none. */
function listed(items: readonly string[], counted: (count: number) => string, what: string): string[] {
  return items.length === 0 ? [] : [`${counted(items.length)} ${what}:\n  ${items.join('\n  ')}`];
}

interface PostCard extends CardJob {
  /** The card's file name in the cache. */
  cacheFile: string;
}

/**
 * Writes `og/<slug>.png` into the built site for every card job: copied from
 * the cache when a card with the same text was drawn before, drawn on worker
 * threads otherwise. Fails naming every post whose card could not be made.
 */
export async function renderCards({ dir, jobs, cacheDir }: RenderCardsOptions): Promise<RenderCardsResult> {
  const cards: PostCard[] = jobs.map((job) => ({ ...job, cacheFile: `${cardCacheKey(job.content)}.png` }));
  const outDir = join(dir, 'og');
  if (cards.length > 0) mkdirSync(outDir, { recursive: true });
  mkdirSync(cacheDir, { recursive: true });
  const cachedFiles = new Set(readdirSync(cacheDir));
  const toDraw = cards.filter((card) => !cachedFiles.has(card.cacheFile));
  const pool =
    toDraw.length === 0
      ? undefined
      : startCardPool({
          cards: new Set(toDraw.map((card) => card.cacheFile)).size,
          emoji: toDraw.some(({ content }) => Object.values(content).some(hasEmoji)),
        });

  const failures: string[] = [];
  const failed = (card: PostCard, error: unknown) => {
    failures.push(`${card.slug}: the card for "${card.content.title}" could not be made: ${errorMessage(error)}`);
  };
  const outPath = (card: PostCard) => join(outDir, `${card.slug}.png`);

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
    const sameText = new Map<string, { content: CardContent; cards: PostCard[] }>();
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
