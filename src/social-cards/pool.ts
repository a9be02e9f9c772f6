/**
 * Social cards drawn on worker threads (see social-card-worker.ts). Drawing,
 * encoding and writing a card is work for one core, so a build with many new
 * cards spreads it over every core.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
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

export interface CardRequest extends CardTask {
  id: number;
}

export interface CardResponse {
  id: number;
  /** Why the card could not be made; absent when it was. */
  error?: string;
}

export interface CardPool {
  /** Draws a card and writes its files; rejects with the reason it could not. */
  draw(task: CardTask): Promise<void>;
  /** Stops the workers; cards still waiting are refused. */
  close(): Promise<void>;
}

export interface CardPoolOptions {
  /** Whether any card to draw has emoji: their font is loaded only for cards that need it. */
  emoji: boolean;
}

interface Job {
  request: CardRequest;
  resolve: () => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  thread: Worker;
  running: Map<number, Job>;
}

// More workers than cores would only queue.
const MAX_WORKERS = Math.max(1, Math.min(availableParallelism(), 4));
// A few cards in flight per worker keep it busy between the main thread's turns.
const CARDS_PER_WORKER = 3;

export function startCardPool(options: CardPoolOptions): CardPool {
  // Fonts are registered here, before any worker starts: see social-card-fonts.ts.
  const workerData: CardWorkerData = { fontStack: cardFontStack(options) };
  const workers: PoolWorker[] = [];
  const waiting: Job[] = [];
  let failure: Error | undefined;
  let sequence = 0;

  const failAll = (error: Error) => {
    failure ??= error;
    for (const job of waiting.splice(0)) job.reject(error);
    for (const worker of workers) {
      for (const job of worker.running.values()) job.reject(error);
      worker.running.clear();
    }
  };

  const spawn = (): PoolWorker => {
    const worker: PoolWorker = {
      thread: new Worker(new URL('./worker.ts', import.meta.url), { workerData }),
      running: new Map(),
    };
    // An idle worker must not keep a finished build alive; a busy one is ref'd in dispatch().
    worker.thread.unref();
    worker.thread.on('message', (response: CardResponse) => {
      const job = worker.running.get(response.id);
      worker.running.delete(response.id);
      if (response.error === undefined) job?.resolve();
      else job?.reject(new Error(response.error));
      dispatch();
    });
    worker.thread.on('error', failAll);
    worker.thread.on('exit', (code) => {
      if (code !== 0) failAll(new Error(`a social card worker stopped with exit code ${code}`));
    });
    workers.push(worker);
    return worker;
  };

  /** Hands waiting cards to workers with room, starting workers while there is more work than room. */
  const dispatch = () => {
    while (waiting.length > 0) {
      const worker =
        workers.find((candidate) => candidate.running.size < CARDS_PER_WORKER) ??
        (workers.length < MAX_WORKERS ? spawn() : undefined);
      const job = worker ? waiting.shift() : undefined;
      if (!worker || !job) break;
      worker.running.set(job.request.id, job);
      worker.thread.postMessage(job.request);
    }
    for (const worker of workers) {
      if (worker.running.size > 0) worker.thread.ref();
      else worker.thread.unref();
    }
  };

  return {
    draw(task) {
      return new Promise((resolve, reject) => {
        if (failure) {
          reject(failure);
          return;
        }
        waiting.push({ request: { ...task, id: ++sequence }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      failAll(new Error('the social card pool was closed'));
      await Promise.all(workers.map((worker) => worker.thread.terminate()));
    },
  };
}
