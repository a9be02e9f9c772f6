import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleBuild } from '../../support/fresh-build';

/** A checkout with one post and a build of it; times in seconds since the epoch. */
function checkout(times: { post: number; build?: number }) {
  const root = mkdtempSync(join(tmpdir(), 'fresh-build-'));
  mkdirSync(join(root, 'content/posts'), { recursive: true });
  writeFileSync(join(root, 'content/posts/a.md'), 'a');
  utimesSync(join(root, 'content/posts/a.md'), times.post, times.post);
  if (times.build !== undefined) {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/index.html'), '<h1>a</h1>');
    utimesSync(join(root, 'dist/index.html'), times.build, times.build);
  }
  return root;
}

describe('staleBuild', () => {
  it('accepts a build newer than everything it is built from', () => {
    expect(staleBuild(checkout({ post: 1_000, build: 2_000 }), 'dist', 'npm run build')).toBeUndefined();
  });

  it('refuses a build older than a post, naming the post and the command', () => {
    expect(staleBuild(checkout({ post: 2_000, build: 1_000 }), 'dist', 'npm run build')).toBe(
      'dist/ is older than content/posts/a.md (changed 17 min after the build): run `npm run build` again.',
    );
  });

  it('refuses a missing build', () => {
    expect(staleBuild(checkout({ post: 1_000 }), 'dist', 'npm run build')).toBe(
      'dist/ holds no built site: run `npm run build` first.',
    );
  });
});
