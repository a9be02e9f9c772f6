/**
 * The browser tests test the built site, so they refuse to start on a build
 * older than what it was built from: a dist/ that misses the latest edit would
 * pass or fail for the wrong reasons. A build is stale when any file it is built
 * from — content, sources, public files, configuration, the lock file — was
 * modified after the build wrote its home page (dist/index.html, written late
 * in every build). Git checkouts and merges touch the files they change, so a
 * branch switch makes the build stale too.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const INPUTS = ['content', 'src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** The most recently modified file under `paths`, with its time. */
function newestFile(root: string, paths: readonly string[]): { file: string; mtimeMs: number } | undefined {
  let newest: { file: string; mtimeMs: number } | undefined;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (!newest || stat.mtimeMs > newest.mtimeMs) {
      newest = { file: relative(root, path), mtimeMs: stat.mtimeMs };
    }
  };
  for (const path of paths) visit(join(root, path));
  return newest;
}

/** Why the build in `dir` cannot be tested, or undefined when it is fresh. */
export function staleBuild(root: string, dir: string, buildCommand: string): string | undefined {
  const page = join(root, dir, 'index.html');
  if (!existsSync(page)) return `${dir}/ holds no built site: run \`${buildCommand}\` first.`;
  const builtAt = statSync(page).mtimeMs;
  const newest = newestFile(root, INPUTS);
  if (newest && newest.mtimeMs > builtAt) {
    const minutes = Math.ceil((newest.mtimeMs - builtAt) / 60_000);
    return `${dir}/ is older than ${newest.file} (changed ${minutes} min after the build): run \`${buildCommand}\` again.`;
  }
  return undefined;
}
