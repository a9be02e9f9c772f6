import { mkdtempSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIndex, saveIndex, type StoredIndex } from '../../../src/search/dev-index-store';

const index: StoredIndex = {
  files: [
    { path: 'pagefind.js', content: new TextEncoder().encode('export {}') },
    { path: 'fragment/en_a.pf_fragment', content: new Uint8Array([1, 2, 3]) },
  ],
  posts: new Map([['/posts/a/', { key: 'k', id: 'en_a', filters: { tag: ['go'] } }]]),
};

describe('the stored dev index', () => {
  it('gives back what was saved, to the version that saved it', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dev-index-')), 'index');
    await saveIndex(dir, 'v1', index);
    expect(await loadIndex(dir, 'v1')).toEqual(index);
  });

  it('gives nothing to another version of the project, or when nothing was saved', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dev-index-')), 'index');
    expect(await loadIndex(dir, 'v1')).toBeUndefined();
    await saveIndex(dir, 'v1', index);
    expect(await loadIndex(dir, 'v2')).toBeUndefined();
  });

  it('gives nothing when its data was cut short, and a later save replaces it', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dev-index-')), 'index');
    await saveIndex(dir, 'v1', index);
    truncateSync(join(dir, 'files.bin'), 4);
    expect(await loadIndex(dir, 'v1')).toBeUndefined();
    await saveIndex(dir, 'v1', index);
    expect(await loadIndex(dir, 'v1')).toEqual(index);
  });
});
