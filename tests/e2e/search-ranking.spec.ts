/**
 * What a search finds and in which order, on a small fixture blog built for it:
 * code identifiers are words of their own, and a match in a title ranks above
 * one in a heading, above one in inline code, above one in prose.
 */
import type { Server } from 'node:http';
import type { Page } from '@playwright/test';
import { buildSite, removeBuilds } from '../support/astro-build';
import { createStaticServer } from '../support/static-server';
import { expect, test } from './fixtures';

const PORT = Number(process.env.E2E_PORT ?? 4322) + 14;
const ORIGIN = `http://127.0.0.1:${PORT}`;
let server: Server | undefined;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const build = await buildSite('tests/fixtures/search-ranking');
  if (build.code !== 0) throw new Error(build.output);
  server = createStaticServer({ root: build.outDir });
  await new Promise<void>((listening) => server?.listen(PORT, '127.0.0.1', listening));
});

test.afterAll(() => {
  server?.close();
  removeBuilds();
});

async function resultTitles(page: Page, query: string): Promise<string[]> {
  await page.goto(`${ORIGIN}/search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toContainText('match');
  return page.locator('.search-page-results > li .search-result-title').allTextContents();
}

test('a match in the title ranks above a heading, inline code, then prose', async ({ page }) => {
  expect(await resultTitles(page, 'zephyr')).toEqual([
    'Tuning the zephyr scheduler',
    'Notes on busy queues',
    'Notes on a config flag',
    'Notes on slow logs',
  ]);
});

for (const query of [
  'C++',
  'C#',
  'std::io::Read',
  'Vec::new',
  'io_uring',
  'snake_case_name',
  '--release',
  '.unwrap()',
]) {
  test(`${query} finds the post that has it, not prose with its parts or a code listing`, async ({ page }) => {
    expect(await resultTitles(page, query)).toEqual(['Systems code in practice']);
  });
}

test('a result for an identifier highlights it whole on arrival', async ({ page }) => {
  await resultTitles(page, 'std::io::Read');
  await page.locator('.search-page-results > li').first().getByRole('link').first().click();
  await expect(page).toHaveURL(/highlight=std%3A%3Aio%3A%3Aread/);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const ranges = [...(CSS.highlights.get('search-result') ?? [])] as Range[];
        return ranges.map((range) => range.toString());
      }),
    )
    .toEqual(['std::io::Read']);
});
