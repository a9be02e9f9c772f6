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
  queries: string[];
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
  const bytes: number[] = [];
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
        new MutationObserver(() => {
          if (marks.firstResult === 0 && document.querySelector('[role="listbox"] [role="option"]')) {
            marks.firstResult = performance.now();
          }
        }).observe(document.body, { childList: true, subtree: true });
      });
      await page.keyboard.type(query);
      await page.getByRole('listbox', { name: 'Results' }).getByRole('option').first().waitFor();
      const { lastKey, firstResult } = await page.evaluate(
        () => (window as unknown as { benchMarks: { lastKey: number; firstResult: number } }).benchMarks,
      );
      times.push(Math.round(firstResult - lastKey));
      // Count everything the search asked for, including fetches still finishing after the first result.
      await page.waitForLoadState('networkidle');
      bytes.push(
        [...fetched].reduce((total, path) => {
          const file = fileFor(path, outDir);
          return file ? total + gzipSync(readFileSync(file), { level: 9 }).length : total;
        }, 0),
      );
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return {
    keystrokeToResultMs: { median: median(times), samples: times },
    firstSearchGzipBytes: median(bytes),
    queries: QUERIES,
  };
}
