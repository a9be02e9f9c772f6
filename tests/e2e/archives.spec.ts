import { publishedPosts } from '../support/content';
import { expect, test } from './fixtures';

const published = publishedPosts();
const yearOf = (post: { date: string }) => Number(post.date.slice(0, 4));

test.describe('tags', () => {
  test('/tags/ lists every tag with its post count, linking to its page', async ({ page }) => {
    await page.goto('/tags/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tags');
    const rust = page.getByRole('main').getByRole('link', { name: /^rust \d+ posts?$/ });
    const rustCount = published.filter((post) => post.tags.includes('rust')).length;
    await expect(rust).toHaveAccessibleName(`rust ${rustCount} posts`);
    await rust.click();
    await expect(page).toHaveURL(/\/tags\/rust\/$/);
  });

  test('a tag page shows its posts grouped by year, newest first', async ({ page }) => {
    await page.goto('/tags/networking/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('networking');
    const tagged = published.filter((post) => post.tags.includes('networking'));
    const years = [...new Set(tagged.map(yearOf))].sort((a, b) => b - a);
    expect((await page.getByRole('heading', { level: 2 }).allTextContents()).map(Number)).toEqual(years);
    await expect(page.getByRole('article')).toHaveCount(tagged.length);
    // Within a year too: the tag has years with several posts, and each lists them newest first.
    expect(years.some((year) => tagged.filter((post) => yearOf(post) === year).length > 1)).toBe(true);
    for (const section of await page.locator('main section').all()) {
      const dates = await section
        .getByRole('article')
        .locator('time')
        .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
      expect([...dates].sort().reverse()).toEqual(dates);
    }
  });

  test('a post links each of its tags to the tag page', async ({ page }) => {
    await page.goto('/posts/small-s3-proxy-in-rust/');
    const tags = page.getByRole('list', { name: 'Tags' });
    await tags.getByRole('link', { name: 'storage' }).click();
    await expect(page).toHaveURL(/\/tags\/storage\/$/);
    await expect(page.getByRole('link', { name: 'Writing a Small S3 Proxy in Rust' })).toBeVisible();
  });
});

test.describe('years', () => {
  test('/posts/ has a jump-nav to every year, and each year heading leads to its own page', async ({ page }) => {
    await page.goto('/posts/');
    const years = [...new Set(published.map(yearOf))].sort((a, b) => b - a);
    const nav = page.getByRole('navigation', { name: 'Years' });
    expect((await nav.getByRole('link').allTextContents()).map(Number)).toEqual(years);
    await nav.getByRole('link', { name: '2015' }).click();
    await expect(page).toHaveURL(/#year-2015$/);
    await expect(page.getByRole('heading', { name: '2015', level: 2 })).toBeInViewport();
    await page.getByRole('heading', { name: '2015', level: 2 }).getByRole('link').click();
    await expect(page).toHaveURL(/\/posts\/2015\/$/);
  });

  test('a year page lists the posts of that year only, newest first', async ({ page }) => {
    await page.goto('/posts/2014/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2014');
    const expected = published
      .filter((post) => yearOf(post) === 2014)
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((post) => post.title);
    expect(await page.getByRole('article').getByRole('heading').allTextContents()).toEqual(expected);
    await expect(page.getByRole('navigation', { name: 'Years' }).getByRole('link', { name: '2014' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/posts/2015/');
    await expect(page.getByRole('article')).toHaveCount(published.filter((post) => yearOf(post) === 2015).length);
    await context.close();
  });
});
