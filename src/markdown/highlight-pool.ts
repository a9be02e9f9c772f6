/**
 * Shiki highlighting spread over worker threads. Highlighting is most of the
 * time a large build spends on Markdown, and it is pure CPU work on strings,
 * so it moves off the main thread and onto every core.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Root } from 'hast';

export interface HighlightRequest {
  id: number;
  source: string;
  lang: string;
  meta: string | undefined;
  /** HTML for Markdown; a hast tree for MDX, which cannot carry raw HTML. */
  format: 'html' | 'hast';
}

/** Highlighted code: HTML, or a hast tree. */
export type Highlighted = string | Root;

export interface HighlightResponse {
  id: number;
  result?: Highlighted;
  error?: string;
}

interface Pending {
  resolve: (result: Highlighted) => void;
  reject: (error: Error) => void;
}

// More workers than cores would only queue; Astro's own work keeps the main thread busy too.
// Our own small pool rather than piscina (which draws the social cards): on the 1000-post bench corpus,
// piscina's highlighting workers left the build process 0.4 GB larger when the post-build steps start
// (1.67 against 1.25 GB resident) for the same build time (36.5 against 37.0 s), 2026-11-26, idle machine.
const WORKERS = Math.max(1, Math.min(availableParallelism(), 4));

let workers: Worker[] | undefined;
let next = 0;
let sequence = 0;
const pending = new Map<number, Pending>();

function start(): Worker[] {
  return Array.from({ length: WORKERS }, () => {
    const worker = new Worker(new URL('./highlight-worker.ts', import.meta.url));
    // Idle workers must not keep a finished build alive.
    worker.unref();
    worker.on('message', (response: HighlightResponse) => {
      const waiting = pending.get(response.id);
      pending.delete(response.id);
      if (response.error !== undefined) waiting?.reject(new Error(response.error));
      else waiting?.resolve(response.result ?? '');
    });
    worker.on('error', (error: Error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
    return worker;
  });
}

export async function highlightInPool(request: Omit<HighlightRequest, 'id'>): Promise<Highlighted> {
  workers ??= start();
  const worker = workers[next++ % workers.length];
  const id = ++sequence;
  try {
    return await new Promise<Highlighted>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker?.ref();
      worker?.postMessage({ ...request, id } satisfies HighlightRequest);
    });
  } finally {
    if (pending.size === 0) for (const idle of workers) idle.unref();
  }
}
