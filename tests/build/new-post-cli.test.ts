import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

const run = (postsDir: string, title: string) => runCli('new-post.ts', [title], { POSTS_DIR: postsDir });

describe('npm run new', () => {
  it('creates a draft post and refuses to overwrite it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-post-'));
    const created = run(dir, 'Raft in Practice');
    expect(created.status).toBe(0);
    expect(readFileSync(join(dir, 'raft-in-practice.md'), 'utf8')).toContain('draft: true');
    const again = run(dir, 'raft in practice');
    expect(again.status).toBe(1);
    expect(again.output).toContain('raft-in-practice.md already has the slug "raft-in-practice"');
    expect(readFileSync(join(dir, 'raft-in-practice.md'), 'utf8')).toContain('title: "Raft in Practice"');
  });
});
