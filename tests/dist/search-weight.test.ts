/**
 * What every first search fetches whatever the reader types, whatever the site's
 * size: the overlay's own modules (with its styles inline) and Pagefind's engine.
 * `npm run bench` measures the whole first search (with the index chunk, the
 * index's page list and the results' text) on a 1000-post corpus against 120 KiB;
 * these fixed parts must leave room for the rest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/built-site';

const KIB = 1024;
const BUDGET = { overlay: 5.5 * KIB, fixed: 75 * KIB };

const ASSETS = join(DIST, '_astro');
const PAGEFIND = join(DIST, 'pagefind');

/** What a file costs over the wire: gzip, but never more than the file (Pagefind's wasm is compressed already). */
function transferBytes(file: string): number {
  const content = readFileSync(file);
  return Math.min(content.length, gzipSync(content, { level: 9 }).length);
}

/** A module and every module it imports statically, as file names in _astro/; import() is left out. */
function staticClosure(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  const code = readFileSync(join(ASSETS, name), 'utf8');
  for (const [, imported] of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+)["']/g)) {
    if (imported) staticClosure(imported, seen);
  }
  return seen;
}

const overlayEntry = readdirSync(ASSETS).find((name) => /^overlay\.[\w-]+\.js$/.test(name));
const engineLanguages = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { wasm: string }>;
};

describe('the fixed part of a first search', () => {
  const overlay = [...staticClosure(overlayEntry ?? '')];

  it('loads the overlay without the code of "did you mean" or of highlighting', () => {
    expect(overlayEntry, 'the overlay module in _astro/').toBeDefined();
    expect(overlay.filter((name) => /^(suggest|highlight)\./.test(name))).toEqual([]);
  });

  it.each(Object.entries(engineLanguages.languages))('fits its budget for a site in "%s"', (_language, { wasm }) => {
    const parts = {
      overlay: overlay.reduce((sum, name) => sum + transferBytes(join(ASSETS, name)), 0),
      'pagefind.js': transferBytes(join(PAGEFIND, 'pagefind.js')),
      'pagefind-entry.json': transferBytes(join(PAGEFIND, 'pagefind-entry.json')),
      wasm: transferBytes(join(PAGEFIND, `wasm.${wasm}.pagefind`)),
    };
    const breakdown = JSON.stringify(parts);
    expect(parts.overlay, `overlay modules, gzip: ${breakdown}`).toBeLessThanOrEqual(BUDGET.overlay);
    const fixed = Object.values(parts).reduce((sum, bytes) => sum + bytes, 0);
    expect(fixed, `overlay and engine, gzip: ${breakdown}`).toBeLessThanOrEqual(BUDGET.fixed);
  });
});

describe('the search index folder', () => {
  it("publishes only what the site's search loads: none of Pagefind's own UIs, nor its worker script", () => {
    const files = readdirSync(PAGEFIND, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
    expect(files).toContain('pagefind.js');
    expect(files.filter((name) => !/^(pagefind\.js|pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|wasm\.[\w-]+\.pagefind)$/.test(name))).toEqual([]);
  });
});
