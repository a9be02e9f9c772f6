import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search posts' });
const queryBox = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search posts' });
const options = (page: Page) => dialog(page).getByRole('listbox', { name: 'Results' }).getByRole('option');
const UNAVAILABLE = 'Search is unavailable right now: the search index could not be loaded.';

async function search(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await expect(queryBox(page)).toBeFocused();
  await queryBox(page).fill(query);
}

test.describe('search results', () => {
  test('never shows a result for a word no post contains', async ({ page }) => {
    await page.goto('/');
    await search(page, 'zzqxjvw');
    await expect(dialog(page).getByRole('status')).toHaveText('No posts match “zzqxjvw”.');
    await expect(options(page)).toHaveCount(0);
  });

  test('are real links, which Ctrl-click opens in a new tab', async ({ page, context }) => {
    await page.goto('/');
    await search(page, 'semaphore');
    const link = options(page).first();
    expect(await link.evaluate((option) => option instanceof HTMLAnchorElement)).toBe(true);
    await expect(link).toHaveAttribute('href', '/posts/building-a-search-engine-in-rust/?highlight=semaphore');
    await expect(dialog(page).locator('.search-section[href*="#"]').first()).toBeVisible();
    const opened = context.waitForEvent('page');
    await link.click({ modifiers: ['Control'] });
    expect(new URL((await opened).url()).pathname).toBe('/posts/building-a-search-engine-in-rust/');
    await expect(page).toHaveURL(/\/$/);
  });

  test('isolate the reader’s words in the status, so bidi controls cannot reorder it', async ({ page }) => {
    await page.goto('/');
    await search(page, 'abc\u202Exyz');
    const status = dialog(page).getByRole('status');
    await expect(status).toHaveText('No posts match “abc\u202Exyz”.');
    await expect(status.locator('bdi')).toHaveText('abc\u202Exyz');
  });
});

test.describe('did you mean', () => {
  test('the overlay offers the intended word for a misspelling, and choosing it runs it', async ({ page }) => {
    await page.goto('/');
    await search(page, 'sempahore');
    await expect(dialog(page).getByRole('status')).toHaveText('No posts match “sempahore”.');
    const suggestion = dialog(page).getByRole('link', { name: 'semaphore', exact: true });
    await expect(suggestion).toHaveAttribute('href', '/search/?q=semaphore');
    await suggestion.click();
    await expect(queryBox(page)).toHaveValue('semaphore');
    await expect(options(page).first()).toContainText('Building a Search Engine in Rust');
    await expect(dialog(page).getByText('Did you mean')).toBeHidden();
  });

  test('the search page offers it too, and loads the word list only when needed', async ({ page }) => {
    const lists: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('search-words')) lists.push(request.url());
    });
    await page.goto('/search/?q=kubernetes');
    await expect(page.locator('.search-page-results > li').first()).toBeVisible();
    expect(lists).toEqual([]);
    await page.goto('/search/?q=kuberentes');
    await page.getByRole('link', { name: 'kubernetes', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/\?q=kubernetes$/);
    await expect(page.locator('.search-page-results > li').first()).toContainText('NetChaos');
  });
});

test.describe('search that cannot work says so, with a way on', () => {
  const failures: [string, (page: Page) => Promise<unknown>][] = [
    [
      'the WebAssembly is blocked',
      (page) => page.route('**/pagefind/wasm.*', (route) => route.abort('blockedbyclient')),
    ],
    [
      'the index is missing',
      (page) => page.route('**/pagefind/pagefind-entry.json*', (route) => route.fulfill({ status: 404 })),
    ],
    [
      'a fetch fails midway',
      (page) => page.route('**/pagefind/fragment/**', (route) => route.abort('connectionreset')),
    ],
  ];

  for (const [what, fail] of failures) {
    test(`in the overlay when ${what}`, async ({ page, consoleErrors }) => {
      await fail(page);
      await page.goto('/posts/');
      await search(page, 'raft');
      await expect(dialog(page).getByRole('status')).toHaveText(UNAVAILABLE);
      await expect(dialog(page).getByRole('link', { name: 'Browse all posts instead' })).toHaveAttribute(
        'href',
        '/posts/',
      );
      // The failed requests (and Pagefind's report of them) are what this test causes.
      consoleErrors.length = 0;
    });

    test(`on the search page when ${what}`, async ({ page, consoleErrors }) => {
      await fail(page);
      await page.goto('/search/?q=raft');
      await expect(page.getByRole('status')).toHaveText(UNAVAILABLE);
      await expect(page.getByRole('link', { name: 'every post by year' })).toHaveAttribute('href', '/posts/');
      consoleErrors.length = 0;
    });
  }
});
