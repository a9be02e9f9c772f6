import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
// What `npm run build` runs: `astro build`, then the post-build steps in a process of their own.
const BUILD = join(ROOT, 'src/cli/build.ts');
/** The throwaway folders of the builds this module started and has not removed yet. */
const scratchFolders = new Set<string>();

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, as an author would read them. */
  output: string;
  outDir: string;
}

export interface BuildObserver {
  /** Called once the build process exists. */
  onStart?(pid: number): void;
  /** Called with each line of output as it arrives. */
  onLine?(line: string): void;
}

/**
 * Runs a real build of this site as `npm run build` does (`astro build`, then the post-build
 * steps) over another content folder, into a
 * throwaway output and cache folder so that dist/ and the main cache stay untouched
 * (or into the OUT_DIR and ASTRO_CACHE_DIR given in `env`). Each is a whole site:
 * a test file that builds calls `removeBuilds` once it is done (`afterAll(removeBuilds)`),
 * or a CI machine's temporary folder fills up.
 */
export function buildSite(
  postsDir: string,
  env: Record<string, string> = {},
  observer: BuildObserver = {},
): Promise<BuildResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'blog-build-'));
  scratchFolders.add(scratch);
  const outDir = env.OUT_DIR ?? join(scratch, 'dist');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BUILD], {
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
    if (child.pid !== undefined) observer.onStart?.(child.pid);
    let output = '';
    let partial = '';
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      if (!observer.onLine) return;
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) observer.onLine(line);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', fail);
    child.on('close', (code) => {
      done({ code, output, outDir });
    });
  });
}

/** Deletes the output and cache of every build started here so far. */
export function removeBuilds(): void {
  for (const folder of scratchFolders) rmSync(folder, { recursive: true, force: true });
  scratchFolders.clear();
}
