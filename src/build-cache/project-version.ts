/**
 * The version of the project that a build cache belongs to: a digest of the
 * code and configuration that shape the output (src/, public/, the Astro
 * config, package.json, the lock file) and of the Node version. Content
 * (posts) is deliberately left out: a content change is what an incremental
 * build handles; anything else means a new version, whose cache starts empty.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const VERSIONED_PATHS = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'] as const;

function filesIn(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesIn(join(path, entry.name)));
}

/** A digest that changes whenever any versioned file, its name or the Node version changes. */
export function projectVersion(root: string, nodeVersion = process.version): string {
  const hash = createHash('sha256').update(`node ${nodeVersion}\n`);
  for (const file of VERSIONED_PATHS.flatMap((path) => filesIn(join(root, path)))) {
    hash
      .update(`${relative(root, file)}\n`)
      .update(readFileSync(file))
      .update('\n');
  }
  return hash.digest('hex');
}
