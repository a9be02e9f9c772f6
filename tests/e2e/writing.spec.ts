import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.describe('math and diagrams', () => {
  test('display math is laid out as MathML, with no script and no style attribute', async ({ page }) => {
    await page.goto('/posts/building-a-search-engine-in-rust/');
    const formula = page.locator('math[display="block"]').first();
    await expect(formula).toBeVisible();
    expect(await formula.evaluate((math) => math.getBoundingClientRect().height)).toBeGreaterThan(30);
    expect(await page.locator('.prose [style]').count()).toBe(0);
  });

  test('a diagram is an image named by its title, following the theme, with its source one click away', async ({
    page,
  }) => {
    await page.goto('/posts/pathforge-bgp-daemon-in-rust/');
    const diagram = page.getByRole('img', { name: 'The BGP session state machine without optional attributes' });
    await expect(diagram).toBeVisible();
    const fill = () =>
      diagram
        .locator('text')
        .first()
        .evaluate((text) => getComputedStyle(text).fill);
    const light = await fill();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await fill()).not.toBe(light);
    const source = page.locator('figure.diagram details').first();
    await expect(source.locator('pre')).toBeHidden();
    await source.locator('summary').click();
    await expect(source.locator('pre')).toContainText('stateDiagram-v2');
  });
});

test.describe('footnote previews', () => {
  const notePreview = (page: Page) => page.locator('.footnote-preview:popover-open');

  test('focusing a reference shows its note beside it; Esc closes it; the link still jumps', async ({ page }) => {
    await page.goto('/posts/spanning-tree/');
    const ref = page.locator('a[data-footnote-ref]').first();
    const noteId = decodeURIComponent((await ref.getAttribute('href'))?.slice(1) ?? '');
    const noteText = (await page.locator(`[id="${noteId}"]`).innerText()).replace('↩', '').trim().slice(0, 30);
    await ref.focus();
    await expect(notePreview(page)).toBeVisible();
    await expect(notePreview(page)).toContainText(noteText);
    const [refBox, previewBox] = [await ref.boundingBox(), await notePreview(page).boundingBox()];
    // Anchored just below the reference, not in the middle of the window.
    expect(Math.abs((previewBox?.y ?? 0) - ((refBox?.y ?? 0) + (refBox?.height ?? 0)))).toBeLessThan(20);
    await page.keyboard.press('Escape');
    await expect(notePreview(page)).toHaveCount(0);
    await expect(ref).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#${noteId}$`));
  });

  test('Tab moves the preview to the next reference', async ({ page }) => {
    await page.goto('/posts/building-a-search-engine-in-rust/');
    const refs = page.locator('a[data-footnote-ref]');
    await refs.nth(0).focus();
    await expect(notePreview(page)).toBeVisible();
    const first = await notePreview(page).innerText();
    await refs.nth(1).focus();
    await expect(notePreview(page)).not.toHaveText(first);
  });

  test('pointing at a reference shows the note, and moving away hides it', async ({ page }) => {
    await page.goto('/posts/spanning-tree/');
    await page.locator('a[data-footnote-ref]').first().hover();
    await expect(notePreview(page)).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(notePreview(page)).toHaveCount(0);
  });

  test('a click on a reference still jumps to the note', async ({ page }) => {
    await page.goto('/posts/spanning-tree/');
    await page.locator('a[data-footnote-ref]').first().click();
    await expect(page).toHaveURL(/#user-content-fn-/);
  });

  test.describe('without script', () => {
    test.use({ javaScriptEnabled: false });
    test('a reference is a plain link to its note', async ({ page }) => {
      await page.goto('/posts/spanning-tree/');
      await page.locator('a[data-footnote-ref]').first().focus();
      expect(await page.locator('.footnote-preview').count()).toBe(0);
      await page.locator('a[data-footnote-ref]').first().click();
      await expect(page).toHaveURL(/#user-content-fn-/);
    });
  });
});

test.describe('zoomable figures', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  const post = '/posts/k-nearest-neighbors/';

  test('a click on a scaled-down image opens it large; Esc closes it and focus returns', async ({ page }) => {
    await page.goto(post);
    const link = page.locator('.prose a.zoomable').first();
    const alt = (await link.locator('img').getAttribute('alt')) ?? '';
    await link.click();
    const dialog = page.getByRole('dialog', { name: 'Enlarged image' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('img', { name: alt })).toBeVisible();
    await expect
      .poll(() => dialog.locator('img').evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(375);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(link).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`${post}$`));
  });

  test('the keyboard opens it, and the Close button shuts it', async ({ page }) => {
    await page.goto(post);
    const link = page.locator('.prose a.zoomable').first();
    await link.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Enlarged image' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(link).toBeFocused();
  });

  test('an image shown at its full size stays a plain link', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto('/posts/hello-complex-networks/');
    const link = page.locator('.prose a.zoomable').first();
    const image = link.locator('img');
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth <= img.clientWidth)).toBe(true);
    // Records whether the page's script claimed the click, then keeps the test on the page.
    await page.evaluate(() => {
      window.addEventListener('click', (event) => {
        document.body.dataset.claimed = String(event.defaultPrevented);
        event.preventDefault();
      });
    });
    await link.click();
    await expect(page.locator('body')).toHaveAttribute('data-claimed', 'false');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test.describe('without script', () => {
    test.use({ javaScriptEnabled: false });
    test('the image links to its full-size file', async ({ page }) => {
      await page.goto(post);
      const href = await page
        .locator('.prose a.zoomable')
        .first()
        .evaluate((link: HTMLAnchorElement) => link.href);
      expect(new URL(href).pathname).toBe('/posts/k-nearest-neighbors/decision-regions.png');
      const file = await page.request.get(href);
      expect(file.ok()).toBe(true);
      expect(file.headers()['content-type']).toBe('image/png');
    });
  });
});
