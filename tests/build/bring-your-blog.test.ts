/**
 * A fixture shaped like a blog brought from another generator: folder posts
 * with files beside them, raw HTML, embeds from other sites and old addresses.
 * Built once at the root and once under a sub-path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/astro-build';

const FIXTURE = 'tests/fixtures/bring-your-blog';
const BUNDLE_FILES = [
  'chart.png',
  'plot.svg',
  'LICENSE',
  'data/table.csv',
  'media/clip.webm',
  'media/deep/er/notes kept.txt',
];

let root: BuildResult;
let blog: BuildResult;

beforeAll(async () => {
  root = await buildSite(FIXTURE);
  if (root.code !== 0) throw new Error(root.output);
  blog = await buildSite(FIXTURE, { SITE_BASE: '/blog/' });
  if (blog.code !== 0) throw new Error(blog.output);
});

describe('page bundles', () => {
  it.each(BUNDLE_FILES)('publishes %s beside its post, byte for byte, at the root and under a sub-path', (file) => {
    const source = readFileSync(join(FIXTURE, 'bundled', file));
    for (const build of [root, blog]) {
      expect(readFileSync(join(build.outDir, 'posts/bundled', file)).equals(source)).toBe(true);
    }
  });

  it('publishes neither hidden files nor the files of a draft', () => {
    expect(existsSync(join(root.outDir, 'posts/bundled/.gitkeep'))).toBe(false);
    expect(existsSync(join(root.outDir, 'posts/secret-bundle'))).toBe(false);
  });

  it('keeps raw HTML pointing at the published files, and Markdown images going through astro:assets', () => {
    const html = readFileSync(join(blog.outDir, 'posts/bundled/index.html'), 'utf8');
    expect(html).toContain('src="chart.png"');
    expect(html).toContain('href="data/table.csv"');
    expect(html).toMatch(/<img[^>]+src="\/blog\/_astro\/plot\.[^"]+\.svg"/);
  });
});
