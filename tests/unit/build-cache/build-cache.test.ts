import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimCache } from '../../../src/build-cache/integration';
import { projectVersion } from '../../../src/build-cache/project-version';

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-cache-'));
  write('src/pages/index.astro', '<h1>Home</h1>');
  write('package-lock.json', '{"lockfileVersion":3}');
  write('content/posts/a.md', '# A');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('projectVersion', () => {
  it('changes with the code, the dependencies and the Node version', () => {
    const before = projectVersion(root, 'v24.0.0');
    expect(projectVersion(root, 'v24.0.0')).toBe(before);
    expect(projectVersion(root, 'v24.1.0')).not.toBe(before);
    write('src/pages/index.astro', '<h1>Home!</h1>');
    const afterCode = projectVersion(root, 'v24.0.0');
    expect(afterCode).not.toBe(before);
    write('package-lock.json', '{"lockfileVersion":3,"packages":{}}');
    expect(projectVersion(root, 'v24.0.0')).not.toBe(afterCode);
  });

  it('changes when a file is renamed, even with the same contents', () => {
    const before = projectVersion(root, 'v24.0.0');
    rmSync(join(root, 'src/pages/index.astro'));
    write('src/pages/home.astro', '<h1>Home</h1>');
    expect(projectVersion(root, 'v24.0.0')).not.toBe(before);
  });

  it('does not change with the posts: that is what an incremental build is for', () => {
    const before = projectVersion(root, 'v24.0.0');
    write('content/posts/a.md', '# A, edited');
    expect(projectVersion(root, 'v24.0.0')).toBe(before);
  });
});

describe('claimCache', () => {
  it('keeps a cache written by the same version and empties one written by another', () => {
    const cacheDir = join(root, '.cache/astro');
    expect(claimCache(cacheDir, 'one')).toBe(false);
    writeFileSync(join(cacheDir, 'page.html'), 'cached');
    expect(claimCache(cacheDir, 'one')).toBe(true);
    expect(existsSync(join(cacheDir, 'page.html'))).toBe(true);
    expect(claimCache(cacheDir, 'two')).toBe(false);
    expect(existsSync(join(cacheDir, 'page.html'))).toBe(false);
    expect(claimCache(cacheDir, 'two')).toBe(true);
  });
});
