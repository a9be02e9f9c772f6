import { expect, test } from './fixtures';

const POST = '/posts/spanning-tree/';

test.describe('table of contents', () => {
  test('sits beside the text on wide screens and links to every section', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(POST);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    const links = toc.getByRole('link');
    const h2s = await page.locator('[data-pagefind-body] h2[id]').count();
    expect(await links.count()).toBeGreaterThanOrEqual(h2s);
    await toc.getByRole('link', { name: 'Path costs' }).click();
    await expect(page).toHaveURL(/#path-costs$/);
    await expect(page.locator('#path-costs')).toBeInViewport();
  });

  test('stays in view while the reader scrolls and marks the section being read', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(POST);
    await page.locator('#port-states-and-timers').scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      document.getElementById('port-states-and-timers')?.scrollIntoView({ block: 'start' });
    });
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeInViewport();
    await expect(toc.getByRole('link', { name: 'Port states and timers' })).toHaveAttribute('aria-current', 'location');
    await expect(toc.locator('[aria-current]')).toHaveCount(1);
  });

  test('collapses above the text on narrow screens', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(POST);
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    const summary = page.locator('.toc-inline summary');
    await expect(summary).toHaveText('On this page');
    const link = page.locator('.toc-inline').getByRole('link', { name: 'Path costs' });
    await expect(link).toBeHidden();
    await summary.click();
    await expect(link).toBeVisible();
  });
});
