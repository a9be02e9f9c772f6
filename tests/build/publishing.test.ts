/**
 * Two production builds of one fixture, on a moved clock and under two machine
 * timezones: a draft, a post dated in the future, a post dated the build's
 * "today" and one dated its "tomorrow", and a post whose title, description,
 * tags and series are hostile text. The hostile post shares a tag and a series
 * with two others and sits between them by date, so its title reaches every
 * place a title can: neighbours, related posts, series lists, tag pages, home,
 * 404, listings, feeds, search, JSON-LD, <title> and its social card.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, elements, filesUnder, parseHtml, textOf, type HtmlElement, type HtmlNode } from '../support/built-site';
import { buildSite, removeBuilds, ROOT, type BuildResult } from '../support/astro-build';
import { CHROMIUM_ARGS, systemChromium } from '../support/chromium';
import { createStaticServer } from '../support/static-server';

afterAll(removeBuilds);

const HOSTILE_TITLE = `<script>alert("t")</script> & "quotes" 'apos' 🚀 日本語 עברית`;
const HOSTILE_DESCRIPTION = '<img src=x onerror=alert(1)> & "more" – שלום, 世界';
const HOSTILE_SERIES = 'Parts & <u>Pieces</u>';
const UNPUBLISHED = [
  'Secret Draft Zebra',
  'secret-draft',
  'drafts-only',
  'Future Post Quokka',
  'future-post',
  'future-only',
  'Scheduled Tomorrow Wombat',
  'scheduled-tomorrow',
  'tomorrow-only',
];
/**
 * The build's clock: 23:00 on 31 December 2030 in the site's timezone (Europe/Amsterdam),
 * when it is already 1 January in Kiritimati (UTC+14) and still the morning of the
 * 31st at UTC−12. A post dated 2030-12-31 is out; one dated 2031-01-01 is tomorrow's.
 */
const CLOCK = '2030-12-31T22:00:00Z';
/** Newest first by `date`; the opener's `updated` (June 2024) must not move it. */
const NEWEST_FIRST = ['Published Today Okapi', 'A plain published post', HOSTILE_TITLE, 'The series opener'];
/** The pages that show the hostile post's title, as text. */
const PAGES_WITH_TITLE = [
  'index.html',
  '404.html',
  'posts/index.html',
  'posts/2024/index.html',
  'posts/hostile-text/index.html',
  'posts/plain-post/index.html',
  'posts/series-opener/index.html',
  'tags/shared-topic/index.html',
  'tags/c-sharp-b-bold-b/index.html',
  `tags/${encodeURIComponent('日本語')}/index.html`,
];

let build: BuildResult;
/** The same fixture built on the same clock by a machine at the other end of the day. */
let otherTimezone: BuildResult;
const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
const pageElements = (path: string) => elements(parseHtml(join(build.outDir, path)));
const byTag = (all: HtmlElement[], tag: string) => all.filter((element) => element.tagName === tag);

/** The text a reader sees: text nodes outside scripts, styles and templates. */
function readableText(node: HtmlNode): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if ('tagName' in node && ['script', 'style', 'template'].includes(node.tagName)) return '';
  return 'childNodes' in node ? node.childNodes.map((child) => readableText(child)).join('') : '';
}

/** The text of every Pagefind fragment: the words and metadata search can return. */
function indexedText(): string {
  return filesUnder(join(build.outDir, 'pagefind/fragment'))
    .map((file) => gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length).toString('utf8'))
    .join('\n');
}

function buildOnTheClock(timezone: string): Promise<BuildResult> {
  return buildSite('tests/fixtures/publishing', {
    TZ: timezone,
    FAKE_NOW: CLOCK,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${join(ROOT, 'tests/support/fake-clock.ts')}`,
  });
}

beforeAll(async () => {
  build = await buildOnTheClock('Pacific/Kiritimati');
  if (build.code !== 0) throw new Error(build.output);
  otherTimezone = await buildOnTheClock('Etc/GMT+12');
  if (otherTimezone.code !== 0) throw new Error(otherTimezone.output);
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
    for (const word of ['Zebra', 'Quokka', 'Wombat']) expect(indexed).not.toContain(word);
    expect(indexed).toContain('Okapi');
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(4);
    for (const path of [
      'posts/secret-draft',
      'posts/future-post',
      'posts/scheduled-tomorrow',
      'tags/drafts-only',
      'tags/future-only',
      'tags/tomorrow-only',
      'og/secret-draft.png',
      'og/future-post.png',
      'og/scheduled-tomorrow.png',
    ]) {
      expect(existsSync(join(build.outDir, path)), path).toBe(false);
    }
  });

  it("publish a post dated the build's today, in the site's timezone", () => {
    expect(existsSync(join(build.outDir, 'posts/published-today/index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'og/published-today.png'))).toBe(true);
  });
});

describe('a build on a machine in another timezone', () => {
  it('writes the same files, byte for byte', () => {
    const files = (dir: string) =>
      filesUnder(dir)
        .map((file) => relative(dir, file))
        .sort();
    expect(files(otherTimezone.outDir)).toEqual(files(build.outDir));
    for (const file of files(build.outDir)) {
      const [own, other] = [build, otherTimezone].map((result) => readFileSync(join(result.outDir, file)));
      if (/\.(html|xml|json|txt|css|js)$/.test(file)) expect(other?.toString('utf8'), file).toBe(own?.toString('utf8'));
      else expect(other?.equals(own ?? Buffer.alloc(0)), file).toBe(true);
    }
  });
});

describe('the search index', () => {
  it('holds inline code but not code listings', () => {
    const indexed = indexedText();
    expect(indexed).toContain('okapi_inline_name');
    expect(indexed).not.toContain('quagga_listing_only');
    expect(indexed).not.toContain('kept out of the index');
  });
});

describe('order', () => {
  const titlesIn = (path: string) =>
    byTag(pageElements(path), 'article').flatMap((article) =>
      byTag(elements(article), 'h2')
        .concat(byTag(elements(article), 'h3'))
        .map((heading) => textOf(heading).trim()),
    );

  it('is newest first by date everywhere posts are listed; `updated` reorders nothing', () => {
    expect(titlesIn('posts/index.html')).toEqual(NEWEST_FIRST);
    expect(titlesIn('index.html')).toEqual(NEWEST_FIRST);
    expect(titlesIn('posts/2024/index.html')).toEqual(NEWEST_FIRST.slice(1));
    expect(titlesIn('tags/shared-topic/index.html')).toEqual(NEWEST_FIRST.slice(1));
    const items = new XMLParser({ isArray: (name) => name === 'item' }).parse(read('rss.xml')) as {
      rss: { channel: { item: { title: string }[] } };
    };
    expect(items.rss.channel.item.map((item) => item.title)).toEqual(NEWEST_FIRST);
  });

  it('shows `updated` beside the date of the post that has one', () => {
    const times = byTag(pageElements('posts/series-opener/index.html'), 'time').map(
      (time) => attr(time, 'datetime') ?? '',
    );
    expect(times.some((datetime) => datetime.startsWith('2024-02-10'))).toBe(true);
    expect(times.some((datetime) => datetime.startsWith('2024-06-01'))).toBe(true);
  });
});

describe('hostile text in a title, description, tags and series', () => {
  const page = () => pageElements('posts/hostile-text/index.html');
  const meta = (key: string) =>
    attr(
      page().find((element) => (attr(element, 'property') ?? attr(element, 'name')) === key) ??
        ({ attrs: [] } as never),
      'content',
    );

  it('never becomes markup on any page of the build', () => {
    for (const file of filesUnder(build.outDir).filter((path) => path.endsWith('.html'))) {
      const all = elements(parseHtml(file));
      const runnable = all.filter(
        (element) => element.tagName === 'script' && attr(element, 'type') !== 'application/ld+json',
      );
      expect(
        runnable.filter((script) => textOf(script).includes('alert')),
        file,
      ).toEqual([]);
      expect(all.filter((element) => element.tagName === 'img' && attr(element, 'src') === 'x').length, file).toBe(0);
      expect(all.filter((element) => ['b', 'u'].includes(element.tagName)).length, file).toBe(0);
    }
  });

  it.each(PAGES_WITH_TITLE)('is shown as text on %s', (path) => {
    expect(readableText(parseHtml(join(build.outDir, decodeURIComponent(path))))).toContain(HOSTILE_TITLE);
  });

  it('is text in the neighbours, related posts and series list of the posts beside it', () => {
    for (const path of ['posts/plain-post/index.html', 'posts/series-opener/index.html']) {
      const all = pageElements(path);
      const neighbours = all.find((element) => attr(element, 'aria-label') === 'Previous and next posts');
      const related = all.find((element) => attr(element, 'aria-labelledby') === 'related-title');
      const series = all.find((element) => attr(element, 'id') === 'series');
      for (const [name, part] of Object.entries({ neighbours, related, series })) {
        expect(part, `${name} on ${path}`).toBeDefined();
        expect(readableText(part ?? ({} as never)), `${name} on ${path}`).toContain(HOSTILE_TITLE);
      }
      expect(readableText(series ?? ({} as never))).toContain(HOSTILE_SERIES);
    }
  });

  it('is shown as text on the post page and in its metadata', () => {
    const title = page().find((element) => element.tagName === 'title');
    expect(textOf(title ?? ({} as never))).toBe(`${HOSTILE_TITLE} — Rabbit Holes`);
    expect(textOf(page().find((element) => element.tagName === 'h1') ?? ({} as never))).toContain(HOSTILE_TITLE);
    expect(meta('og:title')).toBe(HOSTILE_TITLE);
    expect(meta('description')).toBe(HOSTILE_DESCRIPTION);
  });

  it('is data, not markup, in the JSON-LD of every page', () => {
    const script = page().find((element) => attr(element, 'type') === 'application/ld+json');
    expect(textOf(script ?? ({} as never))).not.toMatch(/<\/?script/i);
    expect(JSON.parse(textOf(script ?? ({} as never)))).toMatchObject({
      headline: HOSTILE_TITLE,
      description: HOSTILE_DESCRIPTION,
    });
    for (const file of filesUnder(build.outDir).filter((path) => path.endsWith('.html'))) {
      for (const json of elements(parseHtml(file)).filter(
        (element) => attr(element, 'type') === 'application/ld+json',
      )) {
        expect(textOf(json), file).not.toMatch(/<\/?script/i);
        expect(() => JSON.parse(textOf(json)) as unknown, file).not.toThrow();
      }
    }
  });

  it('is text in the feeds', () => {
    const xml = new XMLParser({ isArray: (name) => name === 'item' });
    for (const path of ['rss.xml', 'tags/c-sharp-b-bold-b/rss.xml', 'tags/shared-topic/rss.xml']) {
      const items = (xml.parse(read(path)) as { rss: { channel: { item: { title: string; description: string }[] } } })
        .rss.channel.item;
      expect(
        items.map((item) => item.title),
        path,
      ).toContain(HOSTILE_TITLE);
    }
    // Every site feed, whatever its format (RSS now; Atom and JSON Feed when they come), carries the title as text.
    const feeds = filesUnder(build.outDir)
      .map((file) => relative(build.outDir, file))
      .filter((path) => /^(?:tags\/[^/]+\/)?(?:rss|atom|feed)\.(?:xml|json)$/.test(path));
    expect(feeds).toContain('rss.xml');
    for (const path of feeds) {
      const data: unknown = path.endsWith('.json') ? JSON.parse(read(path)) : new XMLParser().parse(read(path));
      if (!path.startsWith('tags/') || path.includes('shared-topic')) {
        expect(JSON.stringify(data), path).toContain(JSON.stringify(HOSTILE_TITLE).slice(1, -1));
      }
    }
    const tagPage = pageElements('tags/c-sharp-b-bold-b/index.html');
    expect(textOf(tagPage.find((element) => element.tagName === 'h1') ?? ({} as never))).toBe('C# <b>bold</b>');
  });

  it('gets its social card, named by the page', () => {
    expect(existsSync(join(build.outDir, 'og/hostile-text.png'))).toBe(true);
    expect(meta('og:image')).toMatch(/\/og\/hostile-text\.png$/);
    // The list of cards the build drew from is for the build, not for readers.
    expect(readdirSync(join(build.outDir, 'og')).filter((file) => !file.endsWith('.png'))).toEqual([]);
  });

  it('is listed in the sitemap by a valid URL', () => {
    expect(read('sitemap-0.xml')).toContain('/posts/hostile-text/</loc>');
  });

  it('reaches the search index as text, for results to show as text', () => {
    expect(indexedText()).toContain(JSON.stringify(HOSTILE_TITLE).slice(1, -1));
  });
});

describe('hostile text in Chromium', () => {
  let browser: Browser;
  let origin: string;
  const server = () => createStaticServer({ root: build.outDir });
  let running: ReturnType<typeof server>;

  beforeAll(async () => {
    running = server();
    await new Promise<void>((listening) => running.listen(0, '127.0.0.1', listening));
    origin = `http://127.0.0.1:${(running.address() as AddressInfo).port}`;
    const executablePath = systemChromium();
    browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  });

  afterAll(async () => {
    await browser.close();
    running.close();
  });

  /** Opens a page, failing on any dialog a script made from the text would open. */
  async function open(path: string) {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${origin}/${path}`);
    return { page, dialogs };
  }

  it.each(PAGES_WITH_TITLE.map((path) => path.replace(/index\.html$/, '')))(
    '/%s shows the title as text and runs nothing from it',
    async (path) => {
      const { page, dialogs } = await open(path);
      await expect.poll(() => page.getByText(HOSTILE_TITLE, { exact: false }).count()).toBeGreaterThan(0);
      const madeFromText = await page.evaluate(
        () =>
          [...document.querySelectorAll('script:not([type="application/ld+json"])')].filter((script) =>
            script.textContent.includes('alert'),
          ).length + document.querySelectorAll('img[src="x"], b, u').length,
      );
      expect(madeFromText).toBe(0);
      expect(await page.title()).not.toBe('');
      expect(dialogs).toEqual([]);
      await page.close();
    },
  );

  it('shows the title as text in search results', async () => {
    const { page, dialogs } = await open('search/?q=lighthouse');
    const result = page.getByRole('link', { name: HOSTILE_TITLE });
    await expect.poll(() => result.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(
      await page.locator('.search-page-results').evaluate((list) => list.querySelectorAll('img, b, u, script').length),
    ).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
