import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleFiles, bundleFolder } from '../../../src/lib/page-bundles';

describe('bundleFolder', () => {
  it('is the folder of a folder post, and nothing for a single-file post', () => {
    expect(bundleFolder('/c/posts/raft/index.md')).toBe('/c/posts/raft');
    expect(bundleFolder('/c/posts/raft/index.mdx')).toBe('/c/posts/raft');
    expect(bundleFolder('/c/posts/raft.md')).toBeUndefined();
    expect(bundleFolder('/c/posts/raft/notes-index.md')).toBeUndefined();
    expect(bundleFolder('/c/posts/raft/index.md.bak')).toBeUndefined();
  });
});

describe('bundleFiles', () => {
  it('lists every file beside the post at any depth, sorted, without hidden files, the post or symlinks', () => {
    const folder = mkdtempSync(join(tmpdir(), 'bundle-'));
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'no');
    for (const path of [
      'index.md',
      'plot.png',
      'data/b.csv',
      'data/a.csv',
      '.DS_Store',
      '.git/config',
      'sub/index.mdx',
    ]) {
      mkdirSync(join(folder, path, '..'), { recursive: true });
      writeFileSync(join(folder, path), 'x');
    }
    symlinkSync(join(outside, 'secret.txt'), join(folder, 'linked.txt'));
    expect(bundleFiles(folder)).toEqual(['data/a.csv', 'data/b.csv', 'plot.png', 'sub/index.mdx']);
  });
});
