/**
 * Times `astro dev` over the synthetic corpus as an author meets it (issue 11, item 6):
 * how long a warm start takes to answer, how long the first search takes to show
 * results, and how long after a post is saved search finds a word it did not hold.
 * The first start, over an empty cache folder, is an author's first session: it
 * searches once (timed too: the search index is built then) and fills the cache;
 * the measured start reuses it, as every later session does.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser } from '@playwright/test';
import { ROOT } from '../support/astro-build.ts';
import { CHROMIUM_ARGS, systemChromium } from '../support/chromium.ts';
import {
  saveAndWaitForReload,
  searchFromPostList,
  startDevServer,
  stopDevServer,
  untilAnswering,
} from '../support/dev-server.ts';
import { writeCorpus } from './corpus.ts';

export interface DevFigures {
  posts: number;
  /** From `astro dev` starting, with the cache warm, to the post list answering 200. */
  warmStartSeconds: number;
  /** From the first search typed on a fresh dev server, cache warm, to its first result on screen. */
  firstSearchSeconds: number;
  /** The same on the very first dev server over an empty cache folder, which builds the whole search index. */
  coldFirstSearchSeconds: number;
  /** From a post's file being saved with a new word to search finding it; null if not within the limit. */
  savedWordFoundSeconds: number | null;
  /** Of that, until the author's open page has reloaded: Astro storing and serving the saved post. */
  reloadedSeconds: number;
}

// A word the corpus uses in many posts, and one no post holds until the bench saves it.
const CORPUS_QUERY = 'compaction';
const SAVED_WORD = 'quokkaflange';
const START_LIMIT_MS = 600_000;
const FOUND_LIMIT_MS = 120_000;
const PORT = Number(process.env.E2E_PORT ?? 4322) + 12;
const ORIGIN = `http://localhost:${PORT}`;
/** What the measured dev server prints (its search index says what its time went to), kept for reading after a run. */
const SERVER_LOG = join(ROOT, 'bench-results', 'dev-server.log');

/**
 * Searches `query` from the post list in a fresh page; true when a result shows within
 * `timeoutMs`. False too when the page reloaded under the search: on a cold cache Vite
 * reloads open pages once it has optimised dependencies it found late.
 */
async function searchFinds(browser: Browser, query: string, timeoutMs: number): Promise<boolean> {
  const context = await browser.newContext();
  try {
    const results = await searchFromPostList(await context.newPage(), ORIGIN, query);
    await results.getByRole('option').first().waitFor({ timeout: timeoutMs });
    return true;
  } catch {
    return false;
  } finally {
    await context.close();
  }
}

/** Searches again, as an author would, until a result shows or `limitMs` has passed. */
async function searchFindsWithin(browser: Browser, query: string, limitMs: number): Promise<boolean> {
  const deadline = performance.now() + limitMs;
  while (performance.now() < deadline) {
    if (await searchFinds(browser, query, Math.min(60_000, deadline - performance.now()))) return true;
  }
  return false;
}

async function untilStored(file: string): Promise<void> {
  const started = performance.now();
  while (!existsSync(file)) {
    if (performance.now() - started > START_LIMIT_MS) throw new Error(`the dev server never stored ${file}`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
}

export async function benchDev(count: number): Promise<DevFigures> {
  const scratch = mkdtempSync(join(tmpdir(), 'blog-dev-bench-'));
  const postsDir = join(scratch, 'posts');
  const cacheDir = join(scratch, 'cache');
  writeCorpus(postsDir, count);
  mkdirSync(dirname(SERVER_LOG), { recursive: true });
  writeFileSync(SERVER_LOG, '');
  let server = startDevServer(PORT, postsDir, cacheDir);
  const executablePath = systemChromium();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
    await untilAnswering(ORIGIN, START_LIMIT_MS);
    const coldSearchStarted = performance.now();
    if (!(await searchFindsWithin(browser, CORPUS_QUERY, START_LIMIT_MS)))
      throw new Error('the first search found nothing');
    const coldFirstSearchMs = performance.now() - coldSearchStarted;
    // The dev server stores its search index a moment after answering; an author's session outlasts that.
    await untilStored(join(cacheDir, 'dev-search-index', 'manifest.json'));
    await stopDevServer(server);

    const started = performance.now();
    server = startDevServer(PORT, postsDir, cacheDir, SERVER_LOG);
    await untilAnswering(ORIGIN, START_LIMIT_MS);
    const warmStartMs = performance.now() - started;

    const searchStarted = performance.now();
    if (!(await searchFindsWithin(browser, CORPUS_QUERY, START_LIMIT_MS)))
      throw new Error('the first search found nothing');
    const firstSearchMs = performance.now() - searchStarted;

    const [file] = readdirSync(postsDir).sort();
    if (!file) throw new Error('no post to edit');
    // The author's open page reloads once the post is stored; searching before that would be cut short.
    const authorPage = await browser.newPage();
    let saved = 0;
    await saveAndWaitForReload(authorPage, ORIGIN, () => {
      saved = performance.now();
      appendFileSync(join(postsDir, file), `\nA word saved by the dev bench: ${SAVED_WORD}.\n`);
    });
    const reloadedMs = performance.now() - saved;
    let foundMs: number | null = null;
    while (foundMs === null && performance.now() - saved < FOUND_LIMIT_MS) {
      if (await searchFinds(browser, SAVED_WORD, 5_000)) foundMs = performance.now() - saved;
    }
    const round = (ms: number) => Math.round(ms / 10) / 100;
    return {
      posts: count,
      warmStartSeconds: round(warmStartMs),
      firstSearchSeconds: round(firstSearchMs),
      coldFirstSearchSeconds: round(coldFirstSearchMs),
      savedWordFoundSeconds: foundMs === null ? null : round(foundMs),
      reloadedSeconds: round(reloadedMs),
    };
  } finally {
    await browser?.close();
    await stopDevServer(server);
    rmSync(scratch, { recursive: true, force: true });
  }
}
