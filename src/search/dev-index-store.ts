/**
 * The dev server's full search index, kept on disk in the cache folder so
 * that the next `npm run dev` searches at once instead of rendering every post
 * again. It is trusted only by the exact version of the project that wrote it
 * (src/build-cache/project-version.ts); each post's entry is trusted only while
 * the post's files are unchanged (src/search/dev-post-keys.ts).
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IndexedPost, IndexFile } from './dev-index-plan';

export interface StoredIndex {
  files: IndexFile[];
  /** The posts in the index, by page path. */
  posts: Map<string, IndexedPost>;
}

interface Manifest {
  version: string;
  /** The index's files, in the order their bytes follow each other in the data file. */
  files: { path: string; size: number }[];
  posts: Record<string, IndexedPost>;
}

// Two files, not one per index file: a thousand posts make over a thousand small files, slow to write.
const MANIFEST = 'manifest.json';
const DATA = 'files.bin';

/** The index stored in `dir` by this `version` of the project, or undefined if there is none. */
export async function loadIndex(dir: string, version: string): Promise<StoredIndex | undefined> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
  if (manifest.version !== version) return undefined;
  const data = await readFile(join(dir, DATA)).catch(() => undefined);
  const size = manifest.files.reduce((total, file) => total + file.size, 0);
  // A data file gone or cut short: the index is incomplete, so it is built again.
  if (data?.length !== size) return undefined;
  let offset = 0;
  const files = manifest.files.map(({ path, size: length }) => {
    const content = new Uint8Array(data.subarray(offset, offset + length));
    offset += length;
    return { path, content };
  });
  return { files, posts: new Map(Object.entries(manifest.posts)) };
}

/** Replaces what `dir` holds with `index`; a reader never sees a half-written index, as the folder is swapped whole. */
export async function saveIndex(dir: string, version: string, index: StoredIndex): Promise<void> {
  const writing = `${dir}.writing-${process.pid}`;
  await rm(writing, { recursive: true, force: true });
  await mkdir(writing, { recursive: true });
  await writeFile(join(writing, DATA), Buffer.concat(index.files.map((file) => file.content)));
  const manifest: Manifest = {
    version,
    files: index.files.map((file) => ({ path: file.path, size: file.content.length })),
    posts: Object.fromEntries(index.posts),
  };
  await writeFile(join(writing, MANIFEST), JSON.stringify(manifest));
  await rm(dir, { recursive: true, force: true });
  await rename(writing, dir);
}
