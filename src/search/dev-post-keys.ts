/**
 * A key per post page from the files it is made of (its Markdown, and the
 * other files of its folder): the dev index's full index is kept, also across
 * dev server restarts, for the posts whose key is unchanged.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { postPathOfFile } from './dev-page-cache';

/** Each post page's key, by page path, for the posts in `postsDir`. */
export async function postKeys(postsDir: string, base: string): Promise<Map<string, string>> {
  const entries = await readdir(postsDir, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const hashes = new Map<string, ReturnType<typeof createHash>>();
  for (const file of files) {
    const path = postPathOfFile(file, postsDir, base);
    if (path === undefined) continue;
    let hash = hashes.get(path);
    if (!hash) hashes.set(path, (hash = createHash('sha256')));
    // A file of a deleted post may vanish between listing and reading: the post is then gone.
    const content = await readFile(file).catch(() => undefined);
    hash.update(`${relative(postsDir, file)}\n`).update(content ?? 'gone');
  }
  return new Map([...hashes].map(([path, hash]) => [path, hash.digest('hex')]));
}
