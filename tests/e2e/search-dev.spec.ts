/**
 * Search under `astro dev`: no production build exists, yet search works over
 * the current content, drafts included and marked, finds what an author just
 * saved, and never turns indexed text into markup.
 */
import type { ChildProcess } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildSite, removeBuilds, ROOT } from '../support/astro-build';
import {
  saveAndWaitForReload,
  searchFromPostList,
  startDevServer,
  stopDevServer,
  untilAnswering,
} from '../support/dev-server';
import { expect, test } from './fixtures';

const PORT = Number(process.env.E2E_PORT ?? 4322) + 9;
const ORIGIN = `http://localhost:${PORT}`;
// A copy, so that the test can edit a post as an author would.
const POSTS = join(mkdtempSync(join(tmpdir(), 'blog-dev-posts-')), 'posts');
const CACHE = mkdtempSync(join(tmpdir(), 'blog-dev-cache-'));
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  cpSync(join(ROOT, 'tests/fixtures/search-dev'), POSTS, { recursive: true });
  server = startDevServer(PORT, POSTS, CACHE);
  await untilAnswering(ORIGIN, 90_000);
});

test.afterAll(async () => {
  if (server) await stopDevServer(server);
  removeBuilds();
});

const search = (page: Page, query: string) => searchFromPostList(page, ORIGIN, query);
const save = (page: Page, write: () => void) => saveAndWaitForReload(page, ORIGIN, write);

test('the dev server searches current content, drafts included and marked', async ({ page }) => {
  const results = (await search(page, 'lighthouse')).locator('.search-result');
  await expect(results).toHaveCount(4, { timeout: 60_000 });
  const draft = results.filter({ hasText: 'Unfinished notes on lighthouses' });
  await expect(draft.locator('.search-result-status')).toHaveText('draft');
  const scheduled = results.filter({ hasText: 'Lighthouse keepers of the future' });
  await expect(scheduled.locator('.search-result-status')).toHaveText('scheduled');
});

test('the dev server lists drafts and scheduled posts, marked', async ({ page }) => {
  await page.goto(`${ORIGIN}/posts/`);
  const main = page.getByRole('main');
  await expect(main.getByRole('article').filter({ hasText: 'Unfinished notes on lighthouses' })).toContainText(
    /draft/i,
  );
  await expect(main.getByRole('article').filter({ hasText: 'Lighthouse keepers of the future' })).toContainText(
    /scheduled/i,
  );
});

test('indexed text never becomes markup in results', async ({ page }) => {
  const result = (await search(page, 'onerror')).locator('.search-result').first();
  await expect(result).toContainText("<script>alert('title')</script> & friends", { timeout: 60_000 });
  await expect(result).toContainText('<img src=x onerror="alert(1)">');
  await expect(page.getByRole('dialog').locator('img, script, b')).toHaveCount(0);
});

test('a word saved into a post is found by the next search', async ({ page }) => {
  // The index exists before the edit, so what follows is an update, not a first build.
  await expect((await search(page, 'lighthouse')).locator('.search-result').first()).toBeVisible({ timeout: 60_000 });
  await search(page, 'quasiperiodic');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('No posts match', { timeout: 60_000 });

  await save(page, () => {
    appendFileSync(join(POSTS, 'published-post.md'), '\nSome lenses use a quasiperiodic pattern of prisms.\n');
  });
  const results = (await search(page, 'quasiperiodic')).locator('.search-result');
  await expect(results).toHaveText([/A published post about lighthouses/], { timeout: 10_000 });
});

test('a post added while the dev server runs is found by search', async ({ page }) => {
  await save(page, () => {
    writeFileSync(
      join(POSTS, 'written-just-now.md'),
      '---\ntitle: "Written just now"\ndescription: "Saved while the dev server runs."\ndate: 2024-05-01\n---\n\nA capybara appears.\n',
    );
  });
  const results = (await search(page, 'capybara')).locator('.search-result');
  await expect(results).toHaveText([/Written just now/], { timeout: 10_000 });
});

test('a deleted post is no longer found', async ({ page }) => {
  await save(page, () => {
    rmSync(join(POSTS, 'scheduled-post.md'));
  });
  const results = (await search(page, 'lighthouse')).locator('.search-result');
  await expect(results).toHaveCount(3, { timeout: 10_000 });
  await expect(results.filter({ hasText: 'Lighthouse keepers of the future' })).toHaveCount(0);
});

test('a saved post reloads its open page once, with its new title and text', async ({ page }) => {
  const file = join(POSTS, 'work-in-progress.md');
  await page.goto(`${ORIGIN}/posts/work-in-progress/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Unfinished notes on lighthouses');
  let loads = 0;
  page.on('load', () => loads++);
  const reloaded = page.waitForEvent('load', { timeout: 30_000 });
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace('Unfinished notes', 'Finished notes')
      .concat('\nThe logbook ends with a storm.\n'),
  );
  await reloaded;
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/^Finished notes on lighthouses/);
  await expect(page.getByRole('main')).toContainText('The logbook ends with a storm.');
  // A second reload would come within a second of the first, when Astro has stored the post.
  await page.waitForTimeout(2_000);
  expect(loads).toBe(1);
});

test('a build in the same checkout leaves the dev server showing its posts', async ({ page }) => {
  // The build writes its own map from posts to their modules into .astro/, where Astro's dev server reads its map.
  const build = await buildSite(POSTS);
  expect(build.code, build.output).toBe(0);
  await page.goto(`${ORIGIN}/posts/published-post/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('A published post about lighthouses');
  await expect(page.getByRole('main')).toContainText('Some lenses use a quasiperiodic pattern of prisms.');
});

test('a restarted dev server searches what was saved or moved while it was stopped, and before', async ({ page }) => {
  if (server) await stopDevServer(server);
  appendFileSync(join(POSTS, 'hostile-text.md'), '\nA zeppelin floats by.\n');
  // Unchanged, into a folder of its own: the post keeps its address, and its text is read from where it is now.
  mkdirSync(join(POSTS, 'published-post'));
  renameSync(join(POSTS, 'published-post.md'), join(POSTS, 'published-post', 'index.md'));
  server = startDevServer(PORT, POSTS, CACHE);
  await untilAnswering(ORIGIN, 90_000);
  await expect((await search(page, 'zeppelin')).locator('.search-result')).toHaveText([/& friends/], {
    timeout: 30_000,
  });
  await expect((await search(page, 'quasiperiodic')).locator('.search-result')).toHaveText([
    /A published post about lighthouses/,
  ]);
  const lighthouses = (await search(page, 'lighthouse')).locator('.search-result');
  await expect(lighthouses).toHaveCount(3);
  await expect(lighthouses.filter({ hasText: 'Lighthouse keepers of the future' })).toHaveCount(0);
  await page.goto(`${ORIGIN}/posts/published-post/`);
  await expect(page.getByRole('main')).toContainText('Some lenses use a quasiperiodic pattern of prisms.');
});

test('a page opened as the dev server starts is not reloaded under the author when no post changed', async ({
  page,
}) => {
  if (server) await stopDevServer(server);
  server = startDevServer(PORT, POSTS, CACHE);
  await untilAnswering(ORIGIN, 90_000);
  let loads = 0;
  page.on('load', () => loads++);
  await page.goto(`${ORIGIN}/posts/`);
  // Astro rewrites files of its own as it starts; a reload for them reached the page as soon as it connected.
  await page.waitForTimeout(3_000);
  expect(loads).toBe(1);
});
