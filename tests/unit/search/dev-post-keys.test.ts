import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postKeys } from '../../../src/search/dev-post-keys';

describe('postKeys', () => {
  it('keys each post by its files, so a key changes exactly when one of its post’s files does', async () => {
    const posts = mkdtempSync(join(tmpdir(), 'dev-keys-'));
    writeFileSync(join(posts, 'raft.md'), '# Raft');
    mkdirSync(join(posts, 'bridges'));
    writeFileSync(join(posts, 'bridges', 'index.md'), '# Bridges');
    writeFileSync(join(posts, 'bridges', 'loop.svg'), '<svg/>');
    writeFileSync(join(posts, 'notes.txt'), 'not a post');
    const before = await postKeys(posts, '/blog/');
    expect([...before.keys()].sort()).toEqual(['/blog/posts/bridges/', '/blog/posts/raft/']);

    appendFileSync(join(posts, 'bridges', 'loop.svg'), '\n');
    const after = await postKeys(posts, '/blog/');
    expect(after.get('/blog/posts/raft/')).toBe(before.get('/blog/posts/raft/'));
    expect(after.get('/blog/posts/bridges/')).not.toBe(before.get('/blog/posts/bridges/'));
  });

  it('gives no posts for a folder that does not exist', async () => {
    expect(await postKeys(join(tmpdir(), 'no-such-posts-folder'), '/')).toEqual(new Map());
  });
});
