/**
 * Social cards drawn on worker threads (piscina; see worker.ts). Drawing,
 * encoding and writing a card is work for one core, so a build with many new
 * cards spreads it over every core.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { CardContent } from './layout';
import { cardFontStack } from './fonts';

export interface CardWorkerData {
  /** The CSS font-family list naming the fonts registered for cards. */
  fontStack: string;
}

/** One card to draw, and where to write it. */
export interface CardTask {
  content: CardContent;
  /** The card's file in the cache, written whole or not at all. */
  cachePath: string;
  /** Its files in the built site: one per post that shows this text. */
  outPaths: string[];
}

export interface CardPool {
  /** Draws a card and writes its files; rejects with the reason it could not. */
  draw(task: CardTask): Promise<void>;
  /** Stops the workers; cards still waiting are refused. */
  close(): Promise<void>;
}

export interface CardPoolOptions {
  /** How many cards there are to draw: a few need fewer workers than cores. */
  cards: number;
  /** Whether any card to draw has emoji: their font is loaded only for cards that need it. */
  emoji: boolean;
}

/**
 * One worker per core, at most four: more would only queue. Each holds a
 * 1200×630 canvas, the fonts' glyph caches and sharp's buffers, so the cap
 * also bounds what a 10,000-card build holds at once.
 */
const MAX_WORKERS = Math.max(1, Math.min(availableParallelism(), 4));
// A few cards in flight per worker keep it drawing while sharp encodes the one before.
const CARDS_PER_WORKER = 3;

export function startCardPool({ cards, emoji }: CardPoolOptions): CardPool {
  // Fonts are registered here, before any worker starts: see fonts.ts.
  const workerData: CardWorkerData = { fontStack: cardFontStack({ emoji }) };
  const workers = Math.max(1, Math.min(MAX_WORKERS, Math.ceil(cards / CARDS_PER_WORKER)));
  const pool = new Piscina<CardTask, undefined>({
    filename: new URL('./worker.ts', import.meta.url).href,
    workerData,
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: CARDS_PER_WORKER,
  });
  return {
    async draw(task) {
      await pool.run(task);
    },
    close: () => pool.destroy(),
  };
}
