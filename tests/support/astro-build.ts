import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, as an author would read them. */
  output: string;
  outDir: string;
}

/**
 * Runs a real `astro build` of this site over another content folder, into a
 * throwaway output and cache folder so that dist/ and the main cache stay untouched.
 */
export function buildSite(postsDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'blog-build-'));
  const outDir = join(scratch, 'dist');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ASTRO, 'build'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        POSTS_DIR: resolve(ROOT, postsDir),
        OUT_DIR: outDir,
        ASTRO_CACHE_DIR: join(scratch, 'cache'),
        NO_COLOR: '1',
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      done({ code, output, outDir });
    });
  });
}
