import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('search-result');
    return highlight ? [...highlight].map((range) => (range instanceof Range ? range.toString() : '')) : [];
  });

test.describe('highlights on arrival from a search result', () => {
  test('mark the matched words without changing the page, and the section result scrolls to its heading', async ({
    page,
  }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Search posts' }).fill('semaphore');
    const section = page.locator('.search-section').first();
    const anchor = new URL((await section.getAttribute('href')) ?? '', page.url()).hash;
    await section.click();
    await expect(page).toHaveURL(/\?highlight=semaphore#/);
    await expect.poll(() => highlighted(page)).toContain('semaphore');
    expect((await highlighted(page)).every((text) => text.toLowerCase() === 'semaphore')).toBe(true);
    await expect(page.locator(anchor)).toBeInViewport();
    expect(await page.locator('main mark').count()).toBe(0);
  });

  test('Esc removes them and takes the words out of the address', async ({ page }) => {
    await page.goto('/posts/building-a-search-engine-in-rust/?highlight=semaphore');
    await expect.poll(() => highlighted(page)).not.toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => highlighted(page)).toEqual([]);
    await expect(page).toHaveURL(/\/posts\/building-a-search-engine-in-rust\/$/);
    await expect(page.getByRole('region', { name: 'Search highlights' })).toHaveCount(0);
  });

  test('the Clear button removes them', async ({ page }) => {
    await page.goto('/posts/building-a-search-engine-in-rust/?highlight=semaphore+kernel');
    const bar = page.getByRole('region', { name: 'Search highlights' });
    await expect(bar).toContainText('Highlighting semaphore kernel');
    await bar.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => highlighted(page)).toEqual([]);
    await expect(bar).toHaveCount(0);
  });

  test('treat the words only as text, never as markup or a pattern', async ({ page }) => {
    page.on('dialog', () => {
      throw new Error('a dialog opened');
    });
    await page.goto('/posts/building-a-search-engine-in-rust/?highlight=.*');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await highlighted(page)).toEqual([]);
    await page.goto('/posts/building-a-search-engine-in-rust/?highlight=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await expect.poll(() => highlighted(page)).not.toEqual([]);
    const words = ['img', 'src', 'x', 'onerror', 'alert', '1'];
    expect((await highlighted(page)).every((text) => words.includes(text.toLowerCase()))).toBe(true);
    expect(await page.locator('main img[src="x"], main img[onerror]').count()).toBe(0);
  });

  test('load nothing on a post opened without them', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto('/posts/building-a-search-engine-in-rust/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.includes('highlight'))).toEqual([]);
  });
});
