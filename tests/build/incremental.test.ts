/**
 * Incremental builds: a rebuild that reuses the build cache must write exactly
 * what a clean build of the same content writes — every page, feed, sitemap,
 * social card and the search index's files — after an edit to one post's body,
 * and after a post is added, one deleted, one retitled and a tag changed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/postbuild/built-pages';
import { buildSite, removeBuilds } from '../support/astro-build';

afterAll(removeBuilds);

const scratch = mkdtempSync(join(tmpdir(), 'blog-incremental-'));
const posts = join(scratch, 'posts');
let builds = 0;

interface Workspace {
  cacheDir: string;
  outDir: string;
}

/**
 * A build with a workspace's cache and output folders, or with new empty ones. A deploy
 * builds into the same folder each time, and Astro's cache is only valid for that folder.
 */
async function build(
  workspace: Workspace = { cacheDir: join(scratch, `cache-${++builds}`), outDir: join(scratch, `dist-${builds}`) },
) {
  const result = await buildSite(posts, { ASTRO_CACHE_DIR: workspace.cacheDir, OUT_DIR: workspace.outDir });
  if (result.code !== 0) throw new Error(result.output);
  const reused = (result.output.match(/\((?:cached|restored)\)/g) ?? []).length;
  return { ...workspace, output: result.output, site: snapshot(workspace.outDir), reused };
}

/** Every file of a built site, by path, as bytes. */
function snapshot(outDir: string): Map<string, Buffer> {
  return new Map(
    filesUnder(outDir)
      .map((file) => [relative(outDir, file), readFileSync(file)] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

function expectSameSite(cached: Map<string, Buffer>, clean: Map<string, Buffer>): void {
  expect([...cached.keys()]).toEqual([...clean.keys()]);
  // Each differing file with the text around its first difference, to show what went stale.
  const differing = [...clean].flatMap(([path, bytes]) => {
    const other = cached.get(path);
    if (!other || other.equals(bytes)) return [];
    let at = 0;
    while (at < bytes.length && bytes[at] === other[at]) at++;
    const around = (buffer: Buffer) => buffer.subarray(Math.max(0, at - 80), at + 80).toString();
    return [`${path}\n  clean:  ${around(bytes)}\n  cached: ${around(other)}`];
  });
  expect(differing).toEqual([]);
}

const edit = (file: string, change: (source: string) => string) => {
  writeFileSync(join(posts, file), change(readFileSync(join(posts, file), 'utf8')));
};

let warm: Workspace;

beforeAll(async () => {
  cpSync('tests/fixtures/incremental', posts, { recursive: true });
  const { cacheDir, outDir } = await build();
  warm = { cacheDir, outDir };
}, 600_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

// Five builds of a small site; on a busy machine each can take a minute.
describe('a rebuild with the build cache', { timeout: 600_000 }, () => {
  // Neither edit changes a tag's post count (which every page's header shows), so the
  // pages they do not touch are reused, and those they do touch must not be.
  it('after one post’s body changed and another retitled, reuses untouched pages and writes what a clean build writes', async () => {
    edit('page-cache.md', (source) => `${source}\nA third read goes nowhere near the disk either: zanzibar.\n`);
    edit('tcp-handshake.md', (source) => source.replace("'The TCP handshake, slowly'", "'Three packets to open'"));
    const cached = await build(warm);
    const clean = await build();
    expect(cached.reused).toBeGreaterThan(3);
    // A post whose neighbours and related posts are neither of the two is copied, not rendered.
    expect(cached.output).toMatch(/posts\/lock-free-queue\/index\.html \((?:cached|restored)\)/);
    expect(cached.site.get('posts/page-cache/index.html')?.toString()).toContain('zanzibar');
    // The series list and the neighbour link on the next part show the new title.
    expect(cached.site.get('posts/tcp-teardown/index.html')?.toString()).toContain('Three packets to open');
    expectSameSite(cached.site, clean.site);
    warm = { cacheDir: clean.cacheDir, outDir: clean.outDir };
  });

  it('after a post is added, one deleted, one retitled and a tag changed, writes what a clean build writes', async () => {
    writeFileSync(
      join(posts, 'tcp-keepalive.md'),
      [
        '---',
        "title: 'TCP keepalive'",
        "description: 'Probing an idle connection.'",
        'date: 2023-09-01',
        'tags: [networking, linux]',
        "series: 'Packets by hand'",
        '---',
        '',
        'An idle connection is probed after two hours unless the socket asks for sooner.',
        '',
      ].join('\n'),
    );
    rmSync(join(posts, 'raft-elections.md'));
    edit('page-cache.md', (source) => source.replace("'What the page cache keeps'", "'Reading a file twice'"));
    edit('lock-free-queue.md', (source) => source.replace('tags: [rust, performance]', 'tags: [rust, linux]'));
    const cached = await build(warm);
    const clean = await build();
    expect(cached.site.get('posts/tcp-teardown/index.html')?.toString()).toContain('TCP keepalive');
    expectSameSite(cached.site, clean.site);
  });
});
