/**
 * The site built for /blog/ (npm run build:subpath): navigation, search and its
 * deep links all stay under the sub-path. Paths here are relative to /blog/.
 */
import { expect, test } from './fixtures';

test('pages link to each other under the sub-path', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Writing' }).click();
  await expect(page).toHaveURL(/\/blog\/posts\/$/);
  await page.getByRole('link', { name: 'Spanning Tree' }).click();
  await expect(page).toHaveURL(/\/blog\/posts\/spanning-tree\/$/);
  await page.getByRole('list', { name: 'Tags' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/blog\/tags\/[\w-]+\/$/);
  await page.getByRole('banner').getByRole('link', { name: 'Rabbit Holes' }).click();
  await expect(page).toHaveURL(/\/blog\/$/);
});

test('search loads its bundle from the sub-path and its results lead there', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('posts/');
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search posts' }).fill('spanning');
  const first = page.getByRole('listbox', { name: 'Results' }).getByRole('option').first();
  await expect(first).toContainText('Spanning Tree');
  expect(
    requests.filter((path) => path.includes('pagefind/')).every((path) => path.startsWith('/blog/pagefind/')),
  ).toBe(true);
  await expect(page.getByRole('link', { name: 'All results on the search page' })).toHaveAttribute(
    'href',
    '/blog/search/?q=spanning',
  );
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/blog\/posts\/spanning-tree\/\?highlight=spanning$/);
});

test('a search deep link works under the sub-path', async ({ page }) => {
  await page.goto('search/?q=tunnel&year=2022');
  const results = page.locator('.search-page-results > li');
  await expect(results).toHaveCount(1);
  await expect(results.first().getByRole('link').first()).toHaveAttribute(
    'href',
    '/blog/posts/local-ip-broke-ipv6-tunnels/?highlight=tunnel+tunnels',
  );
});

test('an unknown address under the sub-path gets the 404 page, whose links stay there', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/blog/');
});
