import { expect, test } from './fixtures';

test('an unknown URL gets the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  await expect(page.getByRole('link', { name: 'Browse all posts by year' })).toHaveAttribute('href', '/posts/');
  await expect(page.getByRole('region', { name: 'Recent posts' }).getByRole('article').first()).toBeVisible();
});
