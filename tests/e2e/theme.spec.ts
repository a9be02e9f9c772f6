import { publishedPosts } from '../support/content';
import { expect, test } from './fixtures';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const WHITE = 'rgb(255, 255, 255)';
const NIGHT = 'rgb(13, 17, 23)';

test.describe('light and dark theme', () => {
  test('follows the system setting until the reader chooses', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    expect(await background(page)).toBe(NIGHT);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(WHITE);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('the toggle switches, and the choice persists across pages and visits', async ({ page, context }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await background(page)).toBe(NIGHT);

    await page.goto('/posts/');
    expect(await background(page)).toBe(NIGHT);

    const later = await context.newPage();
    await later.emulateMedia({ colorScheme: 'light' });
    await later.goto('/');
    expect(await background(later)).toBe(NIGHT);
    await later.getByRole('button', { name: 'Dark theme' }).click();
    expect(await background(later)).toBe(WHITE);
  });

  test('a stored choice applies before the first paint, with no flash of the other theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      // Record the theme at the moment <body> is created, before anything can paint.
      new MutationObserver((_, observer) => {
        if (document.querySelector('body')) {
          (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? '';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/posts/');
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
  });

  test('code follows the theme with Shiki’s light and dark colours', async ({ page }) => {
    const post = publishedPosts()[0];
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`/posts/${post?.slug}/`);
    const token = page.locator('pre.shiki .line > span').first();
    const colours = () =>
      token.evaluate((span) => {
        const style = getComputedStyle(span);
        return {
          shown: style.color,
          light: style.getPropertyValue('--shiki-light'),
          dark: style.getPropertyValue('--shiki-dark'),
        };
      });
    const toRgb = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.trim().slice(i, i + 2), 16));
      return `rgb(${r}, ${g}, ${b})`;
    };
    const light = await colours();
    expect(light.shown).toBe(toRgb(light.light));
    await page.getByRole('button', { name: 'Dark theme' }).click();
    const dark = await colours();
    expect(dark.shown).toBe(toRgb(dark.dark));
    expect(dark.shown).not.toBe(light.shown);
  });
});
