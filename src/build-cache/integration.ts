/**
 * Keeps the build cache (Astro's cacheDir: the content store, the incremental
 * build's page copies, the social cards) only while it belongs to this exact
 * version of the project. Astro already refuses its page cache when the config
 * or lock file changed, but our own caches know nothing of code changes, so a
 * cache written by other code or other dependencies is emptied before a build.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { projectVersion } from './project-version';

const STAMP_FILE = 'project-version.txt';

/** Empties `cacheDir` unless its stamp says it was written by `version`; returns whether it was kept. */
export function claimCache(cacheDir: string, version: string): boolean {
  const stamp = join(cacheDir, STAMP_FILE);
  const kept = existsSync(stamp) && readFileSync(stamp, 'utf8') === version;
  if (!kept) {
    rmSync(cacheDir, { recursive: true, force: true });
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(stamp, version);
  }
  return kept;
}

export function versionedBuildCache(): AstroIntegration {
  return {
    name: 'versioned-build-cache',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const cacheDir = fileURLToPath(config.cacheDir);
        const kept = claimCache(cacheDir, projectVersion(fileURLToPath(config.root)));
        logger.info(kept ? `Reusing the build cache in ${cacheDir}` : `Starting a new build cache in ${cacheDir}`);
      },
    },
  };
}
