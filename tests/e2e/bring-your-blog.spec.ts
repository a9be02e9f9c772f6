/**
 * A blog brought from another generator, built and served as a CDN would
 * (with its _headers): old addresses lead to their posts, and embeds from
 * other sites load under the page's Content-Security-Policy. The network is
 * closed, so the other sites are answered by Playwright.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { headersFor, parseHeaders } from '../../src/postbuild/headers';
import { buildSite, removeBuilds } from '../support/astro-build';
import { createStaticServer } from '../support/static-server';
import { expect, test } from './fixtures';

const PORT = Number(process.env.E2E_PORT ?? 4322) + 12;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PNG = readFileSync(join(import.meta.dirname, '../fixtures/bring-your-blog/bundled/chart.png'));
let server: Server | undefined;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  // A production build of the fixture comes first.
  test.setTimeout(180_000);
  const build = await buildSite('tests/fixtures/bring-your-blog');
  if (build.code !== 0) throw new Error(build.output);
  const rules = parseHeaders(readFileSync(join(build.outDir, '_headers'), 'utf8'));
  server = createStaticServer({ root: build.outDir, headersFor: (pathname) => headersFor(rules, pathname) });
  await new Promise<void>((listening) => server?.listen(PORT, '127.0.0.1', listening));
});

test.afterAll(() => {
  server?.close();
  removeBuilds();
});

// The other sites a post embeds from, answered here because the network is closed.
test.beforeEach(async ({ page }) => {
  await page.route('https://images.example.org/**', (route) => route.fulfill({ contentType: 'image/png', body: PNG }));
  await page.route('https://video.example.net/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Video</title><p>Playing</p>' }),
  );
});

test('an old address lands on the post', async ({ page }) => {
  await page.goto(`${ORIGIN}/2016/10/06/raw-html.html`);
  await expect(page).toHaveURL(`${ORIGIN}/posts/broken-html/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raw HTML from an old blog');
});

test('a remote image and an iframe load with no CSP violation, and the post covers nothing', async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(`${ORIGIN}/posts/broken-html/`);

  const photo = page.getByRole('img', { name: 'A remote photo' });
  await photo.scrollIntoViewIfNeeded();
  await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  const frame = page.frameLocator('iframe[title="A remote video"]');
  await expect(frame.getByText('Playing')).toBeVisible();

  // The header's controls still take clicks: nothing from the post lies over them.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  const box = await toggle.boundingBox();
  expect(box).not.toBeNull();
  const topmost = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('theme-toggle') !== null, {
    x: (box?.x ?? 0) + (box?.width ?? 0) / 2,
    y: (box?.y ?? 0) + (box?.height ?? 0) / 2,
  });
  expect(topmost).toBe(true);
});
