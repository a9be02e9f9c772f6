/**
 * Times `astro dev` over the synthetic corpus as an author meets it (issue 11, item 6):
 * how long a warm start takes to answer, how long the first search takes to show
 * results, and how long after a post is saved search finds a word it did not hold.
 * The first start fills the cache folder; the measured start reuses it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser } from '@playwright/test';
import { ROOT } from '../support/astro-build.ts';
import { CHROMIUM_ARGS, systemChromium } from '../support/chromium.ts';
import { writeCorpus } from './corpus.ts';

export interface DevFigures {
  posts: number;
  /** From `astro dev` starting, with the cache warm, to the post list answering 200. */
  warmStartSeconds: number;
  /** From the first search typed on a fresh dev server to its first result on screen. */
  firstSearchSeconds: number;
  /** From a post's file being saved with a new word to search finding it; null if not within the limit. */
  savedWordFoundSeconds: number | null;
}

// A word the corpus uses in many posts, and one no post holds until the bench saves it.
const CORPUS_QUERY = 'compaction';
const SAVED_WORD = 'quokkaflange';
const START_LIMIT_MS = 600_000;
const FOUND_LIMIT_MS = 120_000;
const PORT = Number(process.env.E2E_PORT ?? 4322) + 12;
const ORIGIN = `http://localhost:${PORT}`;

function startDev(postsDir: string, cacheDir: string): ChildProcess {
  return spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT)], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', POSTS_DIR: postsDir, ASTRO_CACHE_DIR: cacheDir },
    stdio: 'ignore',
  });
}

async function stopDev(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((done) => server.once('exit', done));
  server.kill();
  await exited;
}

/** Milliseconds until the post list answers 200. */
async function untilAnswering(started: number): Promise<number> {
  while (performance.now() - started < START_LIMIT_MS) {
    const status = await fetch(`${ORIGIN}/posts/`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return performance.now() - started;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`astro dev did not answer within ${START_LIMIT_MS / 1000} s`);
}

/** Searches `query` from the post list in a fresh page; true when a result shows within `timeoutMs`. */
async function searchFinds(browser: Browser, query: string, timeoutMs: number): Promise<boolean> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/posts/`);
    // The dev server loads modules one by one; wait until the shortcut is listening.
    await page.waitForFunction(() => customElements.get('site-search'));
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Search posts' }).fill(query);
    const firstResult = page.getByRole('listbox', { name: 'Results' }).getByRole('option').first();
    return await firstResult.waitFor({ timeout: timeoutMs }).then(
      () => true,
      () => false,
    );
  } finally {
    await context.close();
  }
}

export async function benchDev(count: number): Promise<DevFigures> {
  const scratch = mkdtempSync(join(tmpdir(), 'blog-dev-bench-'));
  const postsDir = join(scratch, 'posts');
  const cacheDir = join(scratch, 'cache');
  writeCorpus(postsDir, count);
  let server = startDev(postsDir, cacheDir);
  const executablePath = systemChromium();
  let browser: Browser | undefined;
  try {
    // The first start syncs and renders the content into the cache; it is not what is measured.
    await untilAnswering(performance.now());
    await stopDev(server);

    const started = performance.now();
    server = startDev(postsDir, cacheDir);
    const warmStartMs = await untilAnswering(started);

    browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
    const searchStarted = performance.now();
    if (!(await searchFinds(browser, CORPUS_QUERY, START_LIMIT_MS))) throw new Error('the first search found nothing');
    const firstSearchMs = performance.now() - searchStarted;

    const [file] = readdirSync(postsDir).sort();
    if (!file) throw new Error('no post to edit');
    const saved = performance.now();
    appendFileSync(join(postsDir, file), `\nA word saved by the dev bench: ${SAVED_WORD}.\n`);
    let foundMs: number | null = null;
    while (foundMs === null && performance.now() - saved < FOUND_LIMIT_MS) {
      if (await searchFinds(browser, SAVED_WORD, 5_000)) foundMs = performance.now() - saved;
    }
    const round = (ms: number) => Math.round(ms / 10) / 100;
    return {
      posts: count,
      warmStartSeconds: round(warmStartMs),
      firstSearchSeconds: round(firstSearchMs),
      savedWordFoundSeconds: foundMs === null ? null : round(foundMs),
    };
  } finally {
    await browser?.close();
    await stopDev(server);
    rmSync(scratch, { recursive: true, force: true });
  }
}
