import { expect, test } from './fixtures';

test.describe('math and diagrams', () => {
  test('display math is laid out as MathML, with no script and no style attribute', async ({ page }) => {
    await page.goto('/posts/building-a-search-engine-in-rust/');
    const formula = page.locator('math[display="block"]').first();
    await expect(formula).toBeVisible();
    expect(await formula.evaluate((math) => math.getBoundingClientRect().height)).toBeGreaterThan(30);
    expect(await page.locator('post-body [style]').count()).toBe(0);
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
