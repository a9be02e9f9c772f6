import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config';
import { publishedPosts } from '../support/content';
import { attr, BASE, DIST, elements, fileFor, htmlFiles, parseHtml, textOf, urlOf } from '../support/built-site';

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const own = (url: string) => {
  const parsed = new URL(url);
  expect(parsed.origin, `${url} is on the site`).toBe(site.origin);
  return parsed.pathname;
};
const pages = htmlFiles();
const posts = publishedPosts();

interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string };
  pubDate: string;
  description: string;
  category?: string[];
  'content:encoded'?: string;
}

function feed(path: string): { channel: { title: string; link: string; description: string; item?: RssItem[] }; version: string } {
  const parsed = xml.parse(read(path)) as { rss: { channel: never; '@_version': string } };
  return { channel: parsed.rss.channel, version: parsed.rss['@_version'] };
}

describe('the RSS feed', () => {
  const { channel, version } = feed('rss.xml');
  const items = channel.item ?? [];

  it('is RSS 2.0 with the required channel elements', () => {
    expect(version).toBe('2.0');
    expect(channel.title).toBe(site.title);
    expect(channel.description).not.toBe('');
    expect(own(channel.link)).toBe(BASE);
  });

  it('lists the newest published posts, newest first, each complete', () => {
    expect(items.length).toBe(Math.min(20, posts.length));
    const dates = items.map((item) => Date.parse(item.pubDate));
    expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const item of items) {
      const post = posts.find((candidate) => candidate.title === item.title);
      expect(post, item.title).toBeDefined();
      expect(own(item.link)).toBe(`${BASE}posts/${post?.slug}/`);
      expect(item.guid['#text']).toBe(item.link);
      expect(item.description).toBe(post?.description);
      expect(item.category ?? []).toEqual(post?.tags);
      expect(item['content:encoded']?.length).toBeGreaterThan(500);
    }
  });

  it('dates each post by publication, not by its last update', () => {
    for (const item of items) {
      const post = posts.find((candidate) => candidate.title === item.title);
      const published = new Date(`${post?.date.slice(0, 10) ?? ''}T12:00:00Z`);
      expect(Math.abs(Date.parse(item.pubDate) - published.getTime())).toBeLessThan(36 * 3600 * 1000);
    }
  });

  it('carries full content whose links and images are absolute and lead somewhere', () => {
    for (const item of items) {
      const content = parse(item['content:encoded'] ?? '');
      for (const element of elements(content)) {
        for (const name of ['href', 'src']) {
          const value = attr(element, name);
          if (value === undefined) continue;
          expect(value, `${item.title}: ${value}`).toMatch(/^https?:\/\//);
          if (new URL(value).origin === site.origin) expect(fileFor(new URL(value).pathname), value).toBeDefined();
        }
      }
      expect(item['content:encoded']).not.toContain('copy-code');
    }
  });

  it('is advertised on every page', () => {
    for (const file of pages) {
      const links = elements(parseHtml(file)).filter(
        (element) => element.tagName === 'link' && attr(element, 'type') === 'application/rss+xml',
      );
      expect(links.map((link) => own(attr(link, 'href') ?? '')), urlOf(file)).toContain(`${BASE}rss.xml`);
    }
  });
});

describe('tag feeds', () => {
  const tags = [...new Set(posts.flatMap((post) => post.tags))];

  it.each(tags)('%s has a valid feed of its own posts', (tag) => {
    const { channel, version } = feed(`tags/${tag}/rss.xml`);
    expect(version).toBe('2.0');
    const expected = posts.filter((post) => post.tags.includes(tag)).length;
    expect(channel.item?.length ?? 0).toBe(Math.min(20, expected));
    for (const item of channel.item ?? []) expect(item.category).toContain(tag);
  });
});

describe('crawlers', () => {
  const index = xml.parse(read('sitemap-index.xml')) as { sitemapindex: { sitemap: { loc: string }[] } };
  const entries = index.sitemapindex.sitemap.flatMap((sitemap) => {
    const parsed = xml.parse(read(own(sitemap.loc).slice(BASE.length))) as { urlset: { url: { loc: string }[] } };
    return parsed.urlset.url.map((url) => own(url.loc));
  });

  it('the sitemap lists every public page and nothing else', () => {
    const publicPages = pages.map((file) => urlOf(file)).filter((url) => !url.endsWith('404.html'));
    expect([...entries].sort()).toEqual([...publicPages].sort());
  });

  it('robots.txt points to the sitemap', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${site.origin}${BASE}sitemap-index.xml`);
  });
});

describe('each page’s head', () => {
  const heads = pages.map((file) => {
    const all = elements(parseHtml(file));
    const meta = (key: string) =>
      all.find((element) => element.tagName === 'meta' && (attr(element, 'property') ?? attr(element, 'name')) === key);
    const content = (key: string) => attr(meta(key) ?? all[0] ?? ({ attrs: [] } as never), 'content');
    const jsonLd = all
      .filter((element) => element.tagName === 'script' && attr(element, 'type') === 'application/ld+json')
      .map((element) => JSON.parse(textOf(element)) as Record<string, unknown>);
    const title = textOf(all.find((element) => element.tagName === 'title') ?? all[0] ?? ({} as never));
    const canonical = attr(all.find((element) => element.tagName === 'link' && attr(element, 'rel') === 'canonical') ?? ({ attrs: [] } as never), 'href');
    return { url: urlOf(file), title, content, jsonLd, canonical };
  });
  const indexable = heads.filter((head) => !head.url.endsWith('404.html'));

  it('has a unique title and description', () => {
    expect(new Set(indexable.map((head) => head.title)).size).toBe(indexable.length);
    expect(new Set(indexable.map((head) => head.content('description'))).size).toBe(indexable.length);
  });

  it('names its canonical URL, Open Graph and Twitter card, theme colours', () => {
    for (const head of indexable) {
      expect(own(head.canonical ?? ''), head.url).toBe(head.url);
      for (const key of ['og:title', 'og:description', 'og:image', 'twitter:card', 'theme-color']) {
        expect(head.content(key), `${head.url} ${key}`).toBeTruthy();
      }
      expect(fileFor(own(head.content('og:image') ?? '')), `${head.url} og:image`).toBeDefined();
    }
  });

  it('describes posts as BlogPosting with dates and author', () => {
    for (const post of posts) {
      const head = heads.find((candidate) => candidate.url === `${BASE}posts/${post.slug}/`);
      const [data] = head?.jsonLd ?? [];
      expect(data, post.slug).toMatchObject({ '@type': 'BlogPosting', headline: post.title, author: { name: site.author } });
      expect(String(data?.datePublished)).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(head?.content('article:published_time')).toBe(data?.datePublished);
    }
  });

  it('describes the site with a SearchAction on the home page', () => {
    const [data] = heads.find((head) => head.url === BASE)?.jsonLd ?? [];
    expect(data).toMatchObject({
      '@type': 'WebSite',
      potentialAction: { '@type': 'SearchAction', target: { urlTemplate: `${site.origin}${BASE}search/?q={search_term_string}` } },
    });
  });
});
