import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// One of each kind of page; the post has code, a table of contents, tables and footnotes.
const PAGES = {
  home: '/',
  'all posts': '/posts/',
  'post with code, TOC and footnotes': '/posts/spanning-tree/',
  'post in a series': '/posts/collecting-data-windows-azure-part-2/',
  'post with a raster figure and math': '/posts/k-nearest-neighbors/',
  'post with display math': '/posts/building-a-search-engine-in-rust/',
  'post with a diagram': '/posts/pathforge-bgp-daemon-in-rust/',
  tags: '/tags/',
  'one tag': '/tags/networking/',
  'one year': '/posts/2015/',
  search: '/search/?q=kernel',
  'not found': '/404.html',
};

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  );
}

for (const theme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test.describe(`${theme} theme at ${width} px`, () => {
      test.use({ colorScheme: theme, viewport: { width, height: 900 } });

      test('the open search overlay, with results, has no WCAG 2.2 A/AA violations', async ({ page }) => {
        await page.goto('/posts/');
        await page.keyboard.press('Control+k');
        await page.getByRole('combobox', { name: 'Search posts' }).fill('raft');
        await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toBeVisible();
        await page.keyboard.press('ArrowDown');
        expect(await violations(page)).toEqual([]);
      });

      for (const [kind, path] of Object.entries(PAGES)) {
        test(`${kind} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
          await page.goto(path);
          expect(await violations(page)).toEqual([]);
        });
      }
    });
  }
}
