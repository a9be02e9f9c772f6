import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

const out = mkdtempSync(join(tmpdir(), 'import-cli-'));

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('imports a Jekyll blog into --out and prints what it did', () => {
    const { status, output } = runCli('import.ts', ['jekyll', 'tests/fixtures/import-jekyll', '--out', out]);
    expect(status).toBe(0);
    expect(output).toContain('/content/posts/ and public/');
    const post = join(out, 'content/posts/ring-buffers/index.md');
    expect(existsSync(post)).toBe(true);
    expect(readFileSync(post, 'utf8')).toMatch(/^---\ntitle: /);
  });

  it('refuses an unknown kind of site with the usage line and writes nothing', () => {
    const elsewhere = join(out, 'unknown');
    const { status, output } = runCli('import.ts', ['wordpress', 'tests/fixtures/import-jekyll', '--out', elsewhere]);
    expect(status).toBe(1);
    expect(output).toContain('usage: npm run import -- <hugo|jekyll|zola|astro> <site-root> [--out <dir>]');
    expect(existsSync(elsewhere)).toBe(false);
  });
});
