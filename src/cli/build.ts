/**
 * `npm run build`: `astro build`, then the post-build steps (link check, search
 * index, social cards, _headers; src/postbuild/pipeline.ts) in this process once
 * Astro's has ended. Astro's process keeps the memory page generation took
 * (about 5 GB at 10,000 posts) until it exits, and Pagefind needs about 3 GB
 * more to index those pages: side by side they would not fit a 7 GB CI runner.
 * Arguments are passed on to `astro build`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveExtensionlessImports } from './extensionless-imports.ts';
import { parseHandoff, POST_BUILD_HANDOFF } from '../postbuild/handoff.ts';
import { errorMessage } from '../lib/error-message.ts';

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

function astroBuild(args: readonly string[], handoff: string): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ASTRO, 'build', ...args], {
      stdio: 'inherit',
      env: { ...process.env, [POST_BUILD_HANDOFF]: handoff },
    });
    child.on('error', fail);
    child.on('close', (code, signal) => {
      done(code ?? (signal ? 1 : 0));
    });
  });
}

/** Astro's log format, so the steps' lines read like the rest of the build's. */
const logger = {
  info: (message: string) => {
    console.log(`${new Date().toTimeString().slice(0, 8)} [post-build] ${message}`);
  },
};

const scratch = mkdtempSync(join(tmpdir(), 'post-build-'));
const handoff = join(scratch, 'job.json');
try {
  const code = await astroBuild(process.argv.slice(2), handoff);
  if (code !== 0) {
    process.exitCode = code;
  } else {
    let note: string;
    try {
      note = readFileSync(handoff, 'utf8');
    } catch (error) {
      throw new Error(
        'astro build ended without handing over to the post-build steps (is postBuild in astro.config.mjs?)',
        {
          cause: error,
        },
      );
    }
    const job = parseHandoff(note, handoff);
    resolveExtensionlessImports();
    const { runPostBuild } = await import('../postbuild/pipeline.ts');
    const startedAt = performance.now();
    await runPostBuild(job.dir, { base: job.base, origin: job.origin, cacheDir: new URL(job.cacheDir) }, logger);
    logger.info(`Completed in ${((performance.now() - startedAt) / 1000).toFixed(2)} s`);
  }
} catch (error) {
  console.error(errorMessage(error));
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
