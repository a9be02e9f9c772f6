import { expect, test } from './fixtures';

const POST = '/posts/spanning-tree/';

test.describe('code blocks', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('show a file name, the language, highlighted lines and line numbers', async ({ page }) => {
    await page.goto(POST);
    const block = page.locator('figure.code-block', { hasText: 'stp.py' });
    await expect(block.locator('.code-title')).toHaveText('stp.py');
    await expect(block.locator('.code-language')).toHaveText('Python');
    await expect(block.locator('.line.highlighted')).toHaveCount(3);
    const number = await block
      .locator('.line')
      .nth(2)
      .evaluate((line) => getComputedStyle(line, '::before').content);
    expect(number).toBe('counter(line)');
  });

  test('the Copy button is reachable by keyboard, copies the code without line numbers and says "Copied"', async ({
    page,
  }) => {
    await page.goto(POST);
    const block = page.locator('figure.code-block', { hasText: 'stp.py' });
    const button = block.getByRole('button', { name: 'Copy' });
    await button.focus();
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
    await expect(block.locator('[aria-live]')).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = await block.locator('code').innerText();
    expect(copied.split('\n')[0]).toBe('from collections import namedtuple');
    expect(copied.trim()).toBe(shown.trim());
    expect(copied).not.toMatch(/^\d/m);
  });

  test('copying a diff gives the new version: removed lines left out, markers stripped', async ({ page }) => {
    await page.goto(POST);
    const block = page.locator('figure.code-block', { has: page.locator('pre[data-language="diff"]') });
    await expect(block.locator('.line.diff.remove')).toHaveCount(1);
    await expect(block.locator('.line.diff.add')).toHaveCount(1);
    await block.getByRole('button', { name: 'Copy' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The whole text, line by line: a marker left on a line, or its indent lost, must fail.
    expect(copied.trimEnd().split('\n')).toEqual([
      'BRIDGES = {',
      '    "S1": BridgeId(4096, "00:1b:00:00:00:01"),',
      '    "S2": BridgeId(32768, "00:1b:00:00:00:02"),',
      '    "S3": BridgeId(8192, "00:1b:00:00:00:03"),',
      '    "S4": BridgeId(32768, "00:1b:00:00:00:04"),',
      '}',
    ]);
  });

  test('long lines scroll inside the block, never widening the page', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/posts/local-ip-broke-ipv6-tunnels/');
    const pre = page.locator('pre.shiki').first();
    expect(await pre.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
