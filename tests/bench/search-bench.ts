/**
 * Times search the way a reader meets it: on a post page of a built site, the
 * reader presses Ctrl K and types a word. Measures, per fresh browser context,
 * the time from the last keystroke to the first result on screen, and the
 * gzip-compressed bytes everything that first search fetched would cost from a CDN.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { fileFor } from '../support/built-site.ts';
import { CHROMIUM_ARGS, systemChromium } from '../support/chromium.ts';
import { createStaticServer } from '../support/static-server.ts';
import { median } from './median.ts';

export interface SearchFigures {
  /** Milliseconds from the last keystroke of the query to the first result rendered. */
  keystrokeToResultMs: { median: number; samples: number[] };
  /** Bytes (gzip) fetched from opening search to the first result, median over the samples. */
  firstSearchGzipBytes: number;
  /** What the sample with the median byte count fetched: each file's path and its bytes as counted. */
  firstSearchFiles: { path: string; bytes: number }[];
  queries: string[];
}

/**
 * What a file costs over the wire: gzip level 9, as a CDN compresses text, but
 * never more than the file itself — Pagefind's index and fragment files are
 * gzip already, and a CDN sends them as they are.
 */
function transferBytes(file: string): number {
  const content = readFileSync(file);
  return Math.min(content.length, gzipSync(content, { level: 9 }).length);
}

// Words the synthetic corpus uses in many posts, so each search has plenty to rank.
const QUERIES = ['compaction', 'tokenizer', 'retransmission', 'bisected', 'bloom'];
// Time between opening search and starting to type: shorter than any reader's.
const READER_PAUSE_MS = 300;

export async function benchSearch(outDir: string, postSlug: string): Promise<SearchFigures> {
  const server = createStaticServer({ root: outDir });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  const executablePath = systemChromium();
  const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  const times: number[] = [];
  const fetches: { path: string; bytes: number }[][] = [];
  try {
    for (const query of QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/posts/${postSlug}/`, { waitUntil: 'networkidle' });
      const fetched = new Set<string>();
      page.on('request', (request) => fetched.add(new URL(request.url()).pathname));
      // Opening search loads Pagefind; a reader's first keystroke comes a moment later.
      const engineLoaded = page.waitForResponse(/\/pagefind\/wasm\.[\w-]+\.pagefind$/);
      await page.keyboard.press('Control+k');
      await page.getByRole('combobox', { name: 'Search posts' }).waitFor();
      await engineLoaded;
      await page.waitForTimeout(READER_PAUSE_MS);
      await page.evaluate(() => {
        const marks = { lastKey: 0, firstResult: 0 };
        Object.assign(window, { benchMarks: marks });
        // Only the render after the last keystroke counts; results for a partial word do not.
        addEventListener(
          'keydown',
          () => {
            marks.lastKey = performance.now();
            marks.firstResult = 0;
          },
          { capture: true },
        );
        // Results still on screen from a partial word are not the query's results: only a new list
        // of options counts, not any change elsewhere in the dialog (such as its status line).
        const listbox = document.querySelector('[role="listbox"]');
        if (!listbox) throw new Error('the search overlay has no listbox');
        new MutationObserver(() => {
          if (marks.firstResult === 0 && listbox.querySelector('[role="option"]')) {
            marks.firstResult = performance.now();
          }
        }).observe(listbox, { childList: true });
      });
      await page.keyboard.type(query);
      await page.waitForFunction(
        () => (window as unknown as { benchMarks: { firstResult: number } }).benchMarks.firstResult > 0,
      );
      const { lastKey, firstResult } = await page.evaluate(
        () => (window as unknown as { benchMarks: { lastKey: number; firstResult: number } }).benchMarks,
      );
      times.push(Math.round(firstResult - lastKey));
      // Count everything the search asked for, including fetches still finishing after the first result.
      await page.waitForLoadState('networkidle');
      fetches.push(
        [...fetched].flatMap((path) => {
          const file = fileFor(path, outDir);
          return file ? [{ path, bytes: transferBytes(file) }] : [];
        }),
      );
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const totals = fetches.map((files) => files.reduce((sum, file) => sum + file.bytes, 0));
  const firstSearchGzipBytes = median(totals);
  return {
    keystrokeToResultMs: { median: median(times), samples: times },
    firstSearchGzipBytes,
    firstSearchFiles: fetches[totals.indexOf(firstSearchGzipBytes)] ?? [],
    queries: QUERIES,
  };
}
