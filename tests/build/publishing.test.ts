/**
 * One production build of a fixture with a draft, a post dated in the future
 * and a post whose title, description and tags are hostile text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, elements, filesUnder, parseHtml, textOf } from '../support/built-site';
import { buildSite, type BuildResult } from '../support/astro-build';

const HOSTILE_TITLE = `<script>alert("t")</script> & "quotes" 'apos' 🚀 日本語 עברית`;
const HOSTILE_DESCRIPTION = '<img src=x onerror=alert(1)> & "more" – שלום, 世界';
const UNPUBLISHED = [
  'Secret Draft Zebra',
  'secret-draft',
  'drafts-only',
  'Future Post Quokka',
  'future-post',
  'future-only',
];

let build: BuildResult;
const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

/** The text of every Pagefind fragment: the words and metadata search can return. */
function indexedText(): string {
  return filesUnder(join(build.outDir, 'pagefind/fragment'))
    .map((file) => gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length).toString('utf8'))
    .join('\n');
}

beforeAll(async () => {
  build = await buildSite('tests/fixtures/publishing');
  if (build.code !== 0) throw new Error(build.output);
});

describe('drafts and posts dated in the future', () => {
  it('appear in no file of the production build', () => {
    const textFiles = filesUnder(build.outDir).filter((file) =>
      /\.(html|xml|txt|json|js|css|_headers)$|_headers$/.test(file),
    );
    for (const file of textFiles) {
      const text = readFileSync(file, 'utf8');
      for (const word of UNPUBLISHED) expect(text.includes(word), `${word} in ${file}`).toBe(false);
    }
  });

  it('are not in the search index and have no pages, tag pages or social cards', () => {
    const indexed = indexedText();
    for (const word of ['Zebra', 'Quokka']) expect(indexed).not.toContain(word);
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(2);
    for (const path of [
      'posts/secret-draft',
      'posts/future-post',
      'tags/drafts-only',
      'tags/future-only',
      'og/secret-draft.png',
      'og/future-post.png',
    ]) {
      expect(existsSync(join(build.outDir, path)), path).toBe(false);
    }
  });
});

describe('hostile text in a title, description and tags', () => {
  const page = () => elements(parseHtml(join(build.outDir, 'posts/hostile-text/index.html')));
  const meta = (key: string) =>
    attr(
      page().find((element) => (attr(element, 'property') ?? attr(element, 'name')) === key) ??
        ({ attrs: [] } as never),
      'content',
    );

  it('is shown as text on the post page and in its metadata', () => {
    // Inside quoted attributes "<" is plain text (the HTML spec needs only quotes escaped there);
    // what must never happen is an element made from the text.
    const runnable = page().filter(
      (element) => element.tagName === 'script' && attr(element, 'type') !== 'application/ld+json',
    );
    expect(runnable.some((script) => textOf(script).includes('alert'))).toBe(false);
    expect(page().some((element) => element.tagName === 'img' && attr(element, 'src') === 'x')).toBe(false);
    expect(page().some((element) => element.tagName === 'b')).toBe(false);
    const title = page().find((element) => element.tagName === 'title');
    expect(textOf(title ?? ({} as never))).toBe(`${HOSTILE_TITLE} — Rabbit Holes`);
    expect(textOf(page().find((element) => element.tagName === 'h1') ?? ({} as never))).toContain(HOSTILE_TITLE);
    expect(meta('og:title')).toBe(HOSTILE_TITLE);
    expect(meta('description')).toBe(HOSTILE_DESCRIPTION);
  });

  it('is data, not markup, in the JSON-LD', () => {
    const script = page().find((element) => attr(element, 'type') === 'application/ld+json');
    expect(textOf(script ?? ({} as never))).not.toMatch(/<\/?script/i);
    expect(JSON.parse(textOf(script ?? ({} as never)))).toMatchObject({
      headline: HOSTILE_TITLE,
      description: HOSTILE_DESCRIPTION,
    });
  });

  it('is text in the listing, on the tag pages and in the feeds', () => {
    const listing = elements(parseHtml(join(build.outDir, 'posts/index.html')));
    expect(listing.some((element) => element.tagName === 'a' && textOf(element) === HOSTILE_TITLE)).toBe(true);
    const tagPage = elements(parseHtml(join(build.outDir, 'tags/c-sharp-b-bold-b/index.html')));
    expect(textOf(tagPage.find((element) => element.tagName === 'h1') ?? ({} as never))).toBe('C# <b>bold</b>');
    expect(tagPage.some((element) => element.tagName === 'b')).toBe(false);
    const xml = new XMLParser({ isArray: (name) => name === 'item' });
    for (const path of ['rss.xml', 'tags/c-sharp-b-bold-b/rss.xml']) {
      const items = (xml.parse(read(path)) as { rss: { channel: { item: { title: string; description: string }[] } } })
        .rss.channel.item;
      expect(
        items.map((item) => item.title),
        path,
      ).toContain(HOSTILE_TITLE);
    }
    expect(
      existsSync(join(build.outDir, `tags/${encodeURIComponent('日本語')}/index.html`)) ||
        existsSync(join(build.outDir, 'tags/日本語/index.html')),
    ).toBe(true);
  });

  it('gets its social card', () => {
    expect(existsSync(join(build.outDir, 'og/hostile-text.png'))).toBe(true);
  });

  it('is listed in the sitemap by a valid URL', () => {
    expect(read('sitemap-0.xml')).toContain('/posts/hostile-text/</loc>');
  });

  it('reaches the search index as text, for results to show as text', () => {
    expect(indexedText()).toContain(JSON.stringify(HOSTILE_TITLE).slice(1, -1).replace(/\\"/g, '\\"'));
  });
});
