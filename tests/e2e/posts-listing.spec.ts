import { publishedPosts } from '../support/content';
import { expect, test } from './fixtures';

test.describe('/posts/ — Writing, All Posts', () => {
  test('introduces the page: eyebrow, title, tagline and search hint', async ({ page }) => {
    await page.goto('/posts/');
    await expect(page).toHaveTitle(/^All Posts — /);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All Posts');
    // The eyebrow in main, not the header's nav link of the same name.
    await expect(page.getByRole('main').getByText('Writing', { exact: true })).toBeVisible();
    // Only one of the two key labels is displayed; innerText is what a reader sees.
    const hint = page.locator('main p', { hasText: 'to search' });
    expect(await hint.innerText()).toBe('Press Ctrl K to search');
  });

  test('names the Apple shortcut on Apple machines, from the first paint', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'platform', { get: () => 'MacIntel' });
      Object.defineProperty(navigator, 'userAgentData', { get: () => undefined });
    });
    await page.goto('/posts/');
    expect(await page.locator('main p', { hasText: 'to search' }).innerText()).toBe('Press ⌘K to search');
  });

  test('groups posts under year headings, newest year first', async ({ page }) => {
    await page.goto('/posts/');
    const years = (await page.getByRole('heading', { level: 2 }).allTextContents()).map(Number);
    const authoredYears = [...new Set(publishedPosts().map((post) => Number(post.date.slice(0, 4))))];
    expect(years).toEqual(authoredYears.sort((a, b) => b - a));
  });

  test('lists every published post once, newest first within each year, with title, description and date', async ({
    page,
  }) => {
    await page.goto('/posts/');
    const authored = publishedPosts();
    const sections = page.locator('main section');
    await expect(sections).toHaveCount(new Set(authored.map((post) => post.date.slice(0, 4))).size);
    let shown = 0;
    for (const section of await sections.all()) {
      const year = (await section.getByRole('heading', { level: 2 }).textContent())?.trim();
      const entries = section.getByRole('article');
      const dates = await entries
        .locator('time')
        .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
      expect(dates.every((date) => date.startsWith(`${year}-`))).toBe(true);
      expect([...dates].sort().reverse()).toEqual(dates);
      for (const entry of await entries.all()) {
        const title = (await entry.getByRole('heading', { level: 3 }).textContent())?.trim();
        const post = authored.find((candidate) => candidate.title === title);
        expect(post, `listed title "${title}" is an authored, published post`).toBeDefined();
        await expect(entry.getByRole('link', { name: post?.title ?? '' })).toHaveAttribute(
          'href',
          `/posts/${post?.slug}/`,
        );
        await expect(entry.getByText(post?.description ?? '', { exact: true })).toBeVisible();
        shown += 1;
      }
    }
    expect(shown).toBe(authored.length);
  });
});
