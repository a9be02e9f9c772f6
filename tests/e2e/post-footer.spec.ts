import { publishedPosts } from '../support/content';
import { expect, test } from './fixtures';

const PART_1 = { slug: 'collecting-data-windows-azure-part-1', title: 'Collecting Data using Windows Azure Part 1' };
const PART_2 = { slug: 'collecting-data-windows-azure-part-2', title: 'Collecting Data Using Windows Azure Part 2' };

test.describe('a post in a series', () => {
  for (const [current, other, number] of [
    [PART_1, PART_2, 1],
    [PART_2, PART_1, 2],
  ] as const) {
    test(`part ${number} lists both parts in order, marks itself and links to the other`, async ({ page }) => {
      await page.goto(`/posts/${current.slug}/`);
      await expect(page.getByText(`Part ${number} of 2 in the series`)).toBeVisible();
      const series = page.getByRole('navigation', { name: /^Series: Collecting Data Using Windows Azure/ });
      const items = series.getByRole('listitem');
      await expect(items).toHaveCount(2);
      await expect(items.nth(0)).toContainText(PART_1.title);
      await expect(items.nth(1)).toContainText(PART_2.title);
      await expect(items.nth(number - 1)).toHaveAttribute('aria-current', 'page');
      await series.getByRole('link', { name: other.title }).click();
      await expect(page).toHaveURL(new RegExp(`/posts/${other.slug}/$`));
    });
  }
});

test('related posts share a tag with the post, most shared first', async ({ page }) => {
  const posts = publishedPosts();
  const current = posts.find((post) => post.slug === 'reimplementing-s3-in-rust');
  await page.goto('/posts/reimplementing-s3-in-rust/');
  const related = page.getByRole('region', { name: 'Related posts' });
  const titles = await related.getByRole('link').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.length).toBeLessThanOrEqual(3);
  const shared = titles.map((title) => {
    const post = posts.find((candidate) => candidate.title === title.trim());
    return post?.tags.filter((tag) => current?.tags.includes(tag)).length ?? 0;
  });
  expect(shared.every((count) => count > 0)).toBe(true);
  expect([...shared].sort((a, b) => b - a)).toEqual(shared);
  expect(titles.map((t) => t.trim())).toContain('Writing a Small S3 Proxy in Rust');
});

test('prints cleanly: no site chrome or controls, link targets written out', async ({ page }) => {
  await page.goto('/posts/spanning-tree/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.locator('copy-code').first()).toBeHidden();
  await expect(page.locator('.toc-inline')).toBeHidden();
  const link = page.locator('[data-pagefind-body] a.external').first();
  const shown = await link.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(shown).toContain(`(${(await link.getAttribute('href')) ?? 'no href'})`);
});
