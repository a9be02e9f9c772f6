/**
 * The four fixture blogs (Hugo, Jekyll, Zola, Astro) imported into one content
 * folder and built once: the site must build with no broken link, keep files
 * beside posts, and answer every old address with the post.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSite } from '../../src/import/import-site';
import type { SourceKind } from '../../src/import/source';
import { fileFor, filesUnder } from '../../src/postbuild/built-pages';
import { buildSite, removeBuilds, type BuildResult } from '../support/astro-build';

const KINDS: SourceKind[] = ['hugo', 'jekyll', 'zola', 'astro'];

interface ImportedPost {
  slug: string;
  aliases: string[];
  draft: boolean;
}

let build: BuildResult;
const imported: ImportedPost[] = [];
const out = mkdtempSync(join(tmpdir(), 'import-build-'));

beforeAll(async () => {
  for (const kind of KINDS) importSite(kind, `tests/fixtures/import-${kind}`, out);
  const postsDir = join(out, 'content/posts');
  for (const file of filesUnder(postsDir).filter((path) => /\.mdx?$/.test(path))) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    const data = yaml.load(front) as { aliases?: string[]; draft?: boolean };
    const slug = file.slice(postsDir.length + 1).replace(/(\/index)?\.mdx?$/, '');
    imported.push({ slug, aliases: data.aliases ?? [], draft: data.draft === true });
  }
  build = await buildSite(postsDir);
  if (build.code !== 0) throw new Error(build.output);
});

afterAll(() => {
  removeBuilds();
  rmSync(out, { recursive: true, force: true });
});

const page = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
const published = () => imported.filter((post) => !post.draft);

describe('an imported blog', () => {
  it('imports every dated post of every kind and builds without a broken link', () => {
    expect(
      published()
        .map((post) => post.slug)
        .sort(),
    ).toEqual([
      'arena-allocators',
      'backpressure',
      'first-light',
      'heap-profiling',
      'html-post',
      'nested-counters',
      'nested-post',
      'queue-depth',
      'ring-buffers',
      'tcp-windows',
      'three-way-handshake',
      'tiny-note',
    ]);
    for (const post of published()) expect(page(`posts/${post.slug}/index.html`)).toContain('data-pagefind-body');
  });

  it('leaves drafts out', () => {
    expect(
      imported
        .filter((post) => post.draft)
        .map((post) => post.slug)
        .sort(),
    ).toEqual(['half-written', 'hidden', 'nagle', 'unfinished-thoughts']);
    expect(fileFor('/posts/nagle/', { dir: build.outDir, base: '/' })).toBeUndefined();
  });

  it('publishes files beside posts and copies static files the posts use', () => {
    expect(page('posts/queue-depth/samples.csv')).toBe('second,depth\n1,4\n2,9\n');
    expect(page('posts/ring-buffers/files/slides.pdf')).toContain('%PDF');
    const rawImage = /<img[^>]*alt="The same chart, embedded as raw HTML"[^>]*>/.exec(
      page('posts/queue-depth/index.html'),
    )?.[0];
    const src = /\ssrc="([^"]+)"/.exec(rawImage ?? '')?.[1] ?? '';
    expect(
      fileFor(new URL(src, 'http://x/posts/queue-depth/').pathname, { dir: build.outDir, base: '/' }),
    ).toBeDefined();
  });

  it('answers every old address with a redirect to the post', () => {
    const aliases = published().flatMap((post) => post.aliases.map((alias) => ({ alias, slug: post.slug })));
    expect(aliases.map(({ alias }) => alias)).toEqual(
      expect.arrayContaining([
        '/2021/03/first-light/',
        '/2016/10/06/ring-buffers.html',
        '/posts/tcp-windows.html',
        '/notes/tiny/',
      ]),
    );
    const redirects = page('_redirects');
    for (const { alias, slug } of aliases) {
      const redirectPage = fileFor(alias, { dir: build.outDir, base: '/' });
      expect(redirectPage, alias).toBeDefined();
      expect(readFileSync(redirectPage ?? '', 'utf8')).toContain(`/posts/${slug}/`);
      expect(redirects).toMatch(
        new RegExp(`^${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+/posts/${slug}/\\s+301`, 'm'),
      );
    }
  });

  it('keeps converted template code: fences, figures and embeds', () => {
    expect(page('posts/first-light/index.html')).toMatch(/<figcaption[^>]*>The path a probe takes\.<\/figcaption>/);
    expect(page('posts/ring-buffers/index.html')).toContain('{{ page.title }}');
    expect(page('posts/queue-depth/index.html')).toContain('src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
  });
});
