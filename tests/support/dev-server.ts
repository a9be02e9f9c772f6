/**
 * `astro dev` over a folder of posts, as an author runs it: started and stopped
 * for the dev-search e2e tests and the dev-server bench, and searched the way a
 * reader does, from the post list with Ctrl K.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ROOT } from './astro-build.ts';

/** Starts `astro dev`; its output is dropped, or appended to `logFile` when given. */
export function startDevServer(port: number, postsDir: string, cacheDir: string, logFile?: string): ChildProcess {
  const output = logFile === undefined ? 'ignore' : openSync(logFile, 'a');
  const server = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)],
    {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', POSTS_DIR: postsDir, ASTRO_CACHE_DIR: cacheDir },
      stdio: ['ignore', output, output],
    },
  );
  // The server holds its own copy of the log's descriptor.
  if (typeof output === 'number') closeSync(output);
  return server;
}

export async function stopDevServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((done) => server.once('exit', done));
  server.kill();
  await exited;
}

/** Resolves once the post list answers 200; fails after `limitMs`. */
export async function untilAnswering(origin: string, limitMs: number): Promise<void> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    const status = await fetch(`${origin}/posts/`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`astro dev did not answer within ${limitMs / 1000} s`);
}

/** Opens search on the post list and types the query; gives the listbox of results. */
export async function searchFromPostList(page: Page, origin: string, query: string): Promise<Locator> {
  await page.goto(`${origin}/posts/`);
  // The dev server loads modules one by one; wait until the shortcut is listening.
  await page.waitForFunction(() => customElements.get('site-search'));
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search posts' }).fill(query);
  return page.getByRole('listbox', { name: 'Results' });
}

/**
 * Saves a file as an author's editor would and waits for the open post list to
 * reload, as Astro's dev server makes it do once the post is stored: a search
 * typed before that reload would be cut short by it.
 */
export async function saveAndWaitForReload(page: Page, origin: string, save: () => void): Promise<void> {
  await page.goto(`${origin}/posts/`);
  const reloaded = page.waitForEvent('load', { timeout: 30_000 });
  save();
  await reloaded;
}
