/**
 * Writes a planned import into content/posts/ and public/ of an output folder.
 * Nothing is overwritten: a file that exists with the same content is left
 * alone (so a second run changes nothing), one that differs stops the import
 * before anything is written. No path leaves those two folders.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { ImportPlan } from './plan.ts';
import type { ImportReport } from './report.ts';
import { isInside } from './walk.ts';

export class ImportClashError extends Error {}

function sameFile(existing: string, source: string): boolean {
  if (statSync(existing).size !== statSync(source).size) return false;
  return readFileSync(existing).equals(readFileSync(source));
}

function safeJoin(folder: string, path: string): string {
  const target = resolve(folder, path);
  if (!isInside(folder, target) || target === folder) throw new Error(`refusing to write outside ${folder}: ${path}`);
  return target;
}

export function writePlan(plan: ImportPlan, outRoot: string, report: ImportReport): void {
  const postsDir = resolve(outRoot, 'content/posts');
  const publicDir = resolve(outRoot, 'public');
  const show = (file: string) => relative(process.cwd(), file) || file;
  const clashes: string[] = [];
  const toWrite: { post: ImportPlan['posts'][number]; unchanged: boolean }[] = [];

  for (const post of plan.posts) {
    const target = safeJoin(postsDir, post.target);
    const others = [`${post.slug}.md`, `${post.slug}.mdx`, `${post.slug}/index.md`, `${post.slug}/index.mdx`]
      .map((name) => join(postsDir, name))
      .filter((file) => file !== target && existsSync(file));
    let unchanged = existsSync(target);
    if (others.length > 0)
      clashes.push(`${show(others[0] ?? '')} already has the slug "${post.slug}" of ${post.source}`);
    else if (unchanged && readFileSync(target, 'utf8') !== post.text) {
      clashes.push(`${show(target)} exists and differs from what ${post.source} becomes`);
      unchanged = false;
    }
    for (const [path, source] of post.files) {
      const file = safeJoin(dirname(target), path);
      if (existsSync(file) && !sameFile(file, source))
        clashes.push(`${show(file)} exists and differs from ${relative(process.cwd(), source)}`);
    }
    toWrite.push({ post, unchanged });
  }
  if (clashes.length > 0) {
    throw new ImportClashError(
      `The import would overwrite existing files; nothing was written:\n  ${clashes.join('\n  ')}`,
    );
  }

  // One mkdir per folder: on a busy disk, repeating them costs more than writing the posts.
  const made = new Set<string>();
  const makeFolder = (folder: string) => {
    if (made.has(folder)) return;
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  };
  for (const { post, unchanged } of toWrite) {
    const target = safeJoin(postsDir, post.target);
    makeFolder(dirname(target));
    if (unchanged) report.unchanged.push(post.source);
    else {
      writeFileSync(target, post.text, { flag: 'wx' });
      report.imported.push(post.source);
    }
    for (const [path, source] of post.files) {
      const file = safeJoin(dirname(target), path);
      if (existsSync(file)) continue;
      makeFolder(dirname(file));
      copyFileSync(source, file);
      report.filesCopied++;
    }
  }
  for (const [path, source] of plan.publicFiles) {
    const file = safeJoin(publicDir, path);
    if (existsSync(file)) {
      if (!sameFile(file, source))
        report.notes.push(`${show(file)} exists and differs from the old site's; kept as it was`);
      continue;
    }
    makeFolder(dirname(file));
    copyFileSync(source, file);
    report.filesCopied++;
  }
}
