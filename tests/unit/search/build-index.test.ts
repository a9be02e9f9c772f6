import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, failOn } from '../../../src/search/build-index';

const logger = { info: () => undefined } as unknown as AstroIntegrationLogger;

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

// Real Pagefind runs: the build must stop, saying why, whenever the index cannot be what search needs.
describe('the production search index', () => {
  it('indexes marked post bodies', async () => {
    const dir = site({ 'posts/a/index.html': page('<main data-pagefind-body><p>Raft logs</p></main>') });
    await expect(buildSearchIndex(dir, logger)).resolves.toBeUndefined();
  });

  it('fails the build when there is no page to index', async () => {
    const dir = site({ 'robots.txt': 'User-agent: *' });
    await expect(buildSearchIndex(dir, logger)).rejects.toThrow(
      'Search index: no page was indexed; post pages must mark their text with data-pagefind-body',
    );
  });

  it('fails the build naming the marked pages when every one of them is empty', async () => {
    const dir = site({
      'posts/a/index.html': page('<main data-pagefind-body></main>'),
      'posts/b/index.html': page('<main data-pagefind-body> </main>'),
    });
    await expect(buildSearchIndex(dir, logger)).rejects.toThrow(
      `Search index: no page was indexed; the 2 pages that mark text for search have none (${join('posts', 'a', 'index.html')}, ${join('posts', 'b', 'index.html')}): are the posts empty?`,
    );
  });

  it('fails the build naming the folder when the index cannot be written there', async () => {
    const dir = site({
      'posts/a/index.html': page('<main data-pagefind-body><p>Raft logs</p></main>'),
      pagefind: 'a file where the index folder goes',
    });
    await expect(buildSearchIndex(dir, logger)).rejects.toThrow(`Search index: cannot create ${join(dir, 'pagefind')}`);
  });

  it("passes Pagefind's errors on, naming the step, and passes when there are none", () => {
    expect(() => {
      failOn(['Error: cannot write /x', 'second'], 'writing /x');
    }).toThrow('Search index: writing /x failed:\n  Error: cannot write /x\n  second');
    expect(() => {
      failOn([], 'writing /x');
    }).not.toThrow();
  });
});
