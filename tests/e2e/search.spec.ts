import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search posts' });
const queryBox = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search posts' });
const options = (page: Page) => dialog(page).getByRole('listbox', { name: 'Results' }).getByRole('option');

async function search(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await expect(queryBox(page)).toBeFocused();
  await queryBox(page).fill(query);
}

test.describe('the search control', () => {
  test('is labelled Search, shows the platform shortcut and declares it', async ({ page }) => {
    await page.goto('/');
    const control = page.getByRole('banner').getByRole('button', { name: /^Search/ });
    await expect(control).toHaveAttribute('aria-keyshortcuts', 'Meta+K Control+K /');
    expect(await control.innerText()).toMatch(/Search\s+Ctrl K/);
  });

  test('is a plain link to /search/ without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await page
      .getByRole('banner')
      .getByRole('link', { name: /^Search/ })
      .click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'every post by year' })).toBeVisible();
    await context.close();
  });

  test('loads nothing of search before the reader shows intent, then starts at once', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto('/posts/spanning-tree/');
    await page.waitForLoadState('networkidle');
    // Watched over time, not once: a trigger that loads search on a timer or when idle must fail too.
    await page.waitForTimeout(5_000);
    expect(requests.filter((path) => path.includes('/pagefind/') || path.includes('overlay'))).toEqual([]);
    await page
      .getByRole('banner')
      .getByRole('button', { name: /^Search/ })
      .hover();
    await expect.poll(() => requests.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(requests.some((path) => path.includes('overlay'))).toBe(true);
  });
});

test.describe('the search overlay', () => {
  for (const [name, keys] of [
    ['Ctrl K', 'Control+k'],
    ['⌘K', 'Meta+k'],
    ['/', '/'],
  ] as const) {
    test(`${name} opens a modal dialog with the query box focused`, async ({ page }) => {
      await page.goto('/posts/');
      await page.keyboard.press(keys);
      await expect(dialog(page)).toBeVisible();
      await expect(queryBox(page)).toBeFocused();
      expect(await dialog(page).evaluate((element) => element.matches(':modal'))).toBe(true);
    });
  }

  test('/ typed into a text field types a slash and opens nothing', async ({ page }) => {
    await page.goto('/search/');
    const field = page.getByRole('searchbox', { name: 'Search posts' });
    await field.click();
    await page.keyboard.type('tcp/ip');
    await expect(field).toHaveValue('tcp/ip');
    await expect(dialog(page)).toBeHidden();
  });

  test('shows results as you type: title, date, highlighted excerpt and matching sections', async ({ page }) => {
    await page.goto('/');
    await search(page, 'semaphore');
    const first = options(page).first();
    await expect(first).toContainText('Building a Search Engine in Rust');
    await expect(first).toContainText('Oct 14, 2026');
    await expect(first.locator('mark').first()).toHaveText(/semaphore/i);
    await expect(dialog(page).locator('.search-section').first()).toBeVisible();
    await expect(dialog(page).getByRole('status')).toHaveText(/\d+ posts? match(es)? “semaphore”\./);
  });

  test('arrow keys move the active result and Enter opens it', async ({ page }) => {
    await page.goto('/');
    await search(page, 'semaphore');
    await expect(options(page).first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const active = options(page).first();
    await expect(active).toHaveAttribute('aria-selected', 'true');
    await expect(queryBox(page)).toHaveAttribute('aria-activedescendant', (await active.getAttribute('id')) ?? '');
    await page.keyboard.press('ArrowDown');
    await expect(active).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowUp');
    await expect(active).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/posts\/building-a-search-engine-in-rust\/\?highlight=semaphore$/);
  });

  test('shows the best result while the others still load, and keeps the one the reader moved to', async ({ page }) => {
    // The first page text asked for, the best result's, arrives at once; the others wait for the test.
    const waiting: Route[] = [];
    await page.route('**/pagefind/fragment/*', async (route) => {
      waiting.push(route);
      if (waiting.length === 1) await route.fallback();
    });
    await page.goto('/');
    // A word in several posts.
    await search(page, 'memory');
    const best = options(page).first();
    await expect(best).toBeVisible();
    const bestPost = new URL((await best.getAttribute('href')) ?? '', page.url()).pathname;
    const others = dialog(page).locator(`[role="option"]:not([href^="${bestPost}"])`);
    await page.keyboard.press('ArrowDown');
    await expect(best).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => waiting.length).toBeGreaterThan(1);
    await expect(others).toHaveCount(0);
    await Promise.all(waiting.slice(1).map((route) => route.fallback()));
    await expect(others.first()).toBeVisible();
    await expect(best).toHaveAttribute('aria-selected', 'true');
    await expect(queryBox(page)).toHaveAttribute('aria-activedescendant', (await best.getAttribute('id')) ?? '');
  });

  test('a matching section links to its heading', async ({ page }) => {
    await page.goto('/');
    await search(page, 'semaphore');
    await dialog(page).locator('.search-section').first().click();
    await expect(page).toHaveURL(/\/posts\/building-a-search-engine-in-rust\/\?highlight=semaphore#[\w-]+$/);
  });

  for (const [how, close] of [
    ['Esc', (page: Page) => page.keyboard.press('Escape')],
    ['the close button', (page: Page) => dialog(page).getByRole('button', { name: 'Close' }).click()],
    ['a click outside', (page: Page) => page.mouse.click(8, 700)],
  ] as const) {
    test(`${how} closes it and returns focus where it was`, async ({ page }) => {
      await page.goto('/posts/');
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      await toggle.focus();
      await page.keyboard.press('Control+k');
      await expect(queryBox(page)).toBeFocused();
      await close(page);
      await expect(dialog(page)).toBeHidden();
      await expect(toggle).toBeFocused();
    });
  }

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/');
    await search(page, 'xylophonequartz');
    await expect(dialog(page).getByRole('status')).toHaveText('No posts match “xylophonequartz”.');
    await expect(options(page)).toHaveCount(0);
  });

  test('filters by tag and year, and offers the same search on the search page', async ({ page }) => {
    await page.goto('/');
    await search(page, 'kernel');
    await dialog(page).getByLabel('Year').selectOption('2022');
    await expect(options(page).first()).toContainText('How a Local IP Address Broke IPv6 Tunnels');
    await expect(dialog(page).locator('.search-result')).toHaveCount(1);
    const all = dialog(page).getByRole('link', { name: 'All results on the search page' });
    await expect(all).toHaveAttribute('href', '/search/?q=kernel&year=2022');
  });

  test('stays usable, and says why, when the index cannot load', async ({ page, consoleErrors }) => {
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto('/posts/');
    await search(page, 'raft');
    await expect(dialog(page).getByRole('status')).toHaveText(
      'Search is unavailable right now: the search index could not be loaded.',
    );
    // The blocked requests are the point of this test, not a fault of the page.
    expect(consoleErrors.every((error) => error.includes('net::ERR_FAILED'))).toBe(true);
    consoleErrors.length = 0;
    await expect(dialog(page).getByRole('link', { name: 'Browse all posts instead' })).toHaveAttribute(
      'href',
      '/posts/',
    );
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Tags' }).click();
    await expect(page).toHaveURL(/\/tags\/$/);
  });
});

test.describe('the search page', () => {
  test('opens from a deep link with a query and filters, form filled in', async ({ page }) => {
    await page.goto('/search/?q=tunnel&tag=linux&year=2022');
    await expect(page.getByRole('searchbox', { name: 'Search posts' })).toHaveValue('tunnel');
    await expect(page.getByLabel('Tag')).toHaveValue('linux');
    await expect(page.getByLabel('Year')).toHaveValue('2022');
    const results = page.locator('.search-page-results > li');
    await expect(results).toHaveCount(1);
    await expect(results.first().getByRole('link').first()).toHaveAttribute(
      'href',
      '/posts/local-ip-broke-ipv6-tunnels/?highlight=tunnel+tunnels',
    );
  });

  test('keeps the search in the address bar, and the back button returns to the previous one', async ({ page }) => {
    await page.goto('/search/');
    const box = page.getByRole('searchbox', { name: 'Search posts' });
    await box.fill('raft');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=raft$/);
    await page.getByLabel('Tag').selectOption('rust');
    await expect(page).toHaveURL(/\/search\/\?q=raft&tag=rust$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/search\/\?q=raft$/);
    await expect(page.getByLabel('Tag')).toHaveValue('');
    await expect(page.locator('.search-page-results > li').first()).toContainText('Gerdu');
  });

  test('lists a tag’s posts when only a filter is chosen', async ({ page }) => {
    await page.goto('/search/?tag=kubernetes');
    await expect(page.locator('.search-page-results > li').first()).toContainText('NetChaos');
    await expect(page.getByRole('status')).toHaveText(/^\d+ posts? match(es)? these filters\.$/);
  });
});
