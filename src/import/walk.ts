/**
 * Lists files under a folder of the source site. A symbolic link is followed
 * only when it points inside the source site: an import never reads, and so
 * never copies, a file from elsewhere on the machine.
 */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface WalkResult {
  /** Paths relative to `dir`, with forward slashes, sorted. */
  files: string[];
  /** Links that point outside the source (relative to `dir`). */
  refused: string[];
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel));
}

/** Files under `dir` (skipping names in `skip` and dot-files), never leaving `sourceRoot`. */
export function walkFiles(dir: string, sourceRoot: string, skip: (name: string) => boolean = () => false): WalkResult {
  const root = realpathSync(sourceRoot);
  const files: string[] = [];
  const refused: string[] = [];
  const seen = new Set<string>();
  const visit = (absolute: string, rel: string) => {
    for (const name of readdirSync(absolute).sort()) {
      if (name.startsWith('.') || skip(name)) continue;
      const path = join(absolute, name);
      const relPath = rel === '' ? name : `${rel}/${name}`;
      let stats = lstatSync(path);
      if (stats.isSymbolicLink()) {
        const target = existsSync(path) ? realpathSync(path) : undefined;
        if (target === undefined || !isInside(root, target)) {
          refused.push(relPath);
          continue;
        }
        stats = statSync(path);
      }
      if (stats.isDirectory()) {
        const real = realpathSync(path);
        if (seen.has(real)) continue;
        seen.add(real);
        visit(path, relPath);
      } else if (stats.isFile()) files.push(relPath);
    }
  };
  if (existsSync(dir) && statSync(dir).isDirectory()) {
    if (!isInside(root, realpathSync(dir))) return { files, refused: [relative(sourceRoot, dir)] };
    seen.add(realpathSync(dir));
    visit(dir, '');
  }
  return { files, refused };
}
