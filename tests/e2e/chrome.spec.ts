import { publishedPosts } from '../support/content';
import { expect, test } from './fixtures';

const pages = ['/', '/posts/', ...publishedPosts().map((post) => `/posts/${post.slug}/`), '/404.html'];

test.describe('every page', () => {
  for (const path of pages) {
    test(`${path} has the page chrome, one h1, landmarks and no console errors`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('banner').getByRole('link', { name: 'Rabbit Holes' })).toHaveAttribute('href', '/');
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Writing' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    });
  }

  test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
    await page.goto('/posts/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('works from a 320 px wide screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of pages.slice(0, 3)) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
    }
  });
});
