import { test as base, expect } from '@playwright/test';

/**
 * Every browser test fails if the page logs a console error or throws: a page
 * that looks right but errors is not right. The one exception is Chromium's
 * report of a 404 status for the page itself, which is what a not-found page is.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        const isOwnStatus = message.location().url === page.url() && message.text().includes('status of 404');
        if (message.type() === 'error' && !isOwnStatus) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
