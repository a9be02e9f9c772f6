import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './support/chromium.ts';

// E2E_PORT lets two checkouts on one machine run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4322);
// The same site built under a sub-path (npm run build:subpath), served there.
const SUBPATH_PORT = PORT + 1;
const SUBPATH = '/blog/';
const DEV_SERVER_SPEC = /search-dev\.spec\.ts/;
const FIXTURE_BUILD_SPEC = /bring-your-blog\.spec\.ts/;
const executablePath = systemChromium();
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
};

// Browser tests run against production builds, served the way a CDN serves them.
export default defineConfig({
  testDir: './e2e',
  // Refuses to run on a dist/ or dist-blog/ older than the sources they were built from.
  globalSetup: './e2e/global-setup.ts',
  outputDir: '../test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]],
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      testIgnore: [/subpath\.spec\.ts/, DEV_SERVER_SPEC, FIXTURE_BUILD_SPEC],
      use: { ...chromium, baseURL: `http://127.0.0.1:${PORT}` },
    },
    // `astro dev` and `astro build` in one checkout share its .astro/ folder: a build's writes there
    // reload the dev server's open pages, which would cut short a search typed in them. The dev server's
    // tests run beside the other browser tests, and the test that builds a fixture site after them.
    { name: 'dev-server', testMatch: DEV_SERVER_SPEC, use: chromium },
    {
      name: 'fixture-build',
      testMatch: FIXTURE_BUILD_SPEC,
      dependencies: ['dev-server'],
      use: chromium,
    },
    {
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}` },
    },
  ],
  webServer: [
    {
      command: `node tests/support/serve-dist.ts ${PORT}`,
      cwd: '..',
      url: `http://127.0.0.1:${PORT}/`,
      // Never test a server left over from another run (or another checkout): it may serve another dist/.
      reuseExistingServer: false,
    },
    {
      command: `node tests/support/serve-dist.ts ${SUBPATH_PORT} dist-blog ${SUBPATH}`,
      cwd: '..',
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`,
      reuseExistingServer: false,
    },
  ],
});
