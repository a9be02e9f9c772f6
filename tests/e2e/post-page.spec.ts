import { publishedPosts } from '../support/content';
import { expect, test } from './fixtures';

test.describe('a post page', () => {
  const [newest, second] = publishedPosts().sort((a, b) => b.date.localeCompare(a.date));

  test('shows title, description, dates, reading time and tags above the body', async ({ page }) => {
    await page.goto(`/posts/${newest?.slug}/`);
    await expect(page).toHaveTitle(new RegExp(`^${RegExp.escape(newest?.title ?? '')} — `));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(newest?.title ?? '');
    const header = page.getByRole('article').locator('header');
    await expect(header.getByText(newest?.description ?? '', { exact: true })).toBeVisible();
    await expect(header.locator('time').first()).toHaveAttribute('datetime', newest?.date.slice(0, 10) ?? '');
    await expect(header.getByText(/\d+ min read/)).toBeVisible();
    for (const tag of newest?.tags ?? []) {
      await expect(header.getByRole('list', { name: 'Tags' }).getByText(tag, { exact: true })).toBeVisible();
    }
  });

  test('renders the body with its section headings and highlighted code', async ({ page }) => {
    await page.goto(`/posts/${newest?.slug}/`);
    const body = page.locator('[data-pagefind-body]');
    expect(await body.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const code = body.locator('pre.shiki').first();
    await expect(code).toBeVisible();
    // Highlighted: tokens carry colour classes, at least two different colours.
    const colours = await code
      .locator('.line > span')
      .evaluateAll((spans) => new Set(spans.map((span) => getComputedStyle(span).color)).size);
    expect(colours).toBeGreaterThan(1);
  });

  test('links to the neighbouring posts', async ({ page }) => {
    await page.goto(`/posts/${second?.slug}/`);
    const more = page.getByRole('navigation', { name: 'Previous and next posts' });
    await expect(
      more.getByRole('link', { name: new RegExp(`Next post\\s*${RegExp.escape(newest?.title ?? '')}`) }),
    ).toHaveAttribute('href', `/posts/${newest?.slug}/`);
    await expect(more.getByRole('link', { name: /Previous post/ })).toBeVisible();
  });
});
