import { publishedPosts } from '../support/content';
import { expect, test } from './fixtures';

test('the home page says who writes here and shows the newest posts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const newest = publishedPosts().sort((a, b) => b.date.localeCompare(a.date))[0];
  const list = page.getByRole('region', { name: 'Newest posts' });
  await expect(list.getByRole('article').first().getByRole('heading')).toHaveText(newest?.title ?? '');
  await list.getByRole('link', { name: /All \d+ posts/ }).click();
  await expect(page).toHaveURL(/\/posts\/$/);
});
