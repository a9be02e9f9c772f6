import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

/** The file a folder post is written in: content/posts/<slug>/index.md or index.mdx. */
const POST_FILE_RE = /^index\.mdx?$/;

/** The folder of a folder post, or undefined for a single-file post. */
export function bundleFolder(postFile: string): string | undefined {
  return POST_FILE_RE.test(basename(postFile)) ? dirname(postFile) : undefined;
}

/**
 * Every file kept beside a folder post, at any depth, as paths relative to the
 * folder with "/" separators. Hidden files (.DS_Store, .gitkeep) and the post's
 * own index.md(x) are left out; symlinks are not followed, so nothing outside
 * the folder can be published through one.
 */
export function bundleFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').some((segment) => segment.startsWith('.')) && !POST_FILE_RE.test(path))
    .sort();
}
