/**
 * The Atom feed and JSON Feed beside rss.xml: each specification's required
 * fields, the same posts in full as the RSS feed, absolute URLs, discovery from
 * every page, and bodies that carry nothing a feed reader would run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config';
import { publishedPosts } from '../support/content';
import { attr, BASE, DIST, elements, htmlFiles, parseHtml, urlOf } from '../support/built-site';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'item', 'category', 'link'].includes(name) });
const posts = publishedPosts();
const expectedCount = Math.min(20, posts.length);
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const siteUrl = (path: string) => `${site.origin}${BASE}${path}`;

interface AtomLink {
  '@_rel'?: string;
  '@_href': string;
  '@_type'?: string;
}
interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  published: string;
  summary: string;
  link: AtomLink[];
  category?: { '@_term': string }[];
  content: { '#text': string; '@_type': string };
}
const atom = (xml.parse(read('atom.xml')) as { feed: Record<string, unknown> & { entry: AtomEntry[]; link: AtomLink[] } }).feed;

interface JsonItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  date_published: string;
  date_modified?: string;
  tags: string[];
}
const json = JSON.parse(read('feed.json')) as Record<string, unknown> & { items: JsonItem[] };
const rssTitles = (
  xml.parse(read('rss.xml')) as { rss: { channel: { item: { title: string }[] } } }
).rss.channel.item.map((item) => item.title);

/** Every URL in a body: absolute, and only http(s) or mailto. */
function bodyUrls(html: string): string[] {
  return elements(parse(html)).flatMap((element) =>
    ['href', 'src', 'poster', 'cite'].flatMap((name) => attr(element, name) ?? []),
  );
}

describe('the Atom feed (RFC 4287)', () => {
  it('has the required feed elements', () => {
    expect(atom['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(atom.id).toBe(siteUrl(''));
    expect(atom.title).toBe(site.title);
    expect(atom.updated).toMatch(RFC3339);
    expect((atom.author as { name: string }).name).toBe(site.author);
    expect(atom.link.find((link) => link['@_rel'] === 'self')?.['@_href']).toBe(siteUrl('atom.xml'));
    expect(atom.link.find((link) => link['@_rel'] === 'alternate')?.['@_href']).toBe(siteUrl(''));
  });

  it('has the same posts as rss.xml, each with id, title, updated, link and full content', () => {
    expect(atom.entry.map((entry) => entry.title)).toEqual(rssTitles);
    expect(atom.entry).toHaveLength(expectedCount);
    for (const entry of atom.entry) {
      const post = posts.find((candidate) => candidate.title === entry.title);
      expect(entry.id).toBe(siteUrl(`posts/${post?.slug}/`));
      expect(entry.link[0]?.['@_href']).toBe(entry.id);
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.published).toMatch(RFC3339);
      expect(entry.summary).toBe(post?.description);
      expect((entry.category ?? []).map((category) => category['@_term'])).toEqual(post?.tags);
      expect(entry.content['@_type']).toBe('html');
      expect(entry.content['#text'].length).toBeGreaterThan(500);
    }
  });
});

describe('the JSON Feed (version 1.1)', () => {
  it('has the required top-level fields', () => {
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.title).toBe(site.title);
    expect(json.home_page_url).toBe(siteUrl(''));
    expect(json.feed_url).toBe(siteUrl('feed.json'));
    expect(json.authors).toEqual([{ name: site.author }]);
  });

  it('has the same posts as rss.xml, each with an id and its content', () => {
    expect(json.items.map((item) => item.title)).toEqual(rssTitles);
    for (const item of json.items) {
      const post = posts.find((candidate) => candidate.title === item.title);
      expect(item.id).toBe(siteUrl(`posts/${post?.slug}/`));
      expect(item.url).toBe(item.id);
      expect(item.summary).toBe(post?.description);
      expect(item.tags).toEqual(post?.tags);
      expect(item.date_published).toMatch(RFC3339);
      if (item.date_modified !== undefined) expect(item.date_modified).toMatch(RFC3339);
      expect(item.content_html.length).toBeGreaterThan(500);
    }
  });
});

describe('every feed body', () => {
  const bodies = [
    ...atom.entry.map((entry) => [`atom.xml: ${entry.title}`, entry.content['#text']]),
    ...json.items.map((item) => [`feed.json: ${item.title}`, item.content_html]),
  ];

  it.each(bodies)('%s has only absolute http(s) or mailto URLs and nothing that runs', (_name, html = '') => {
    for (const url of bodyUrls(html)) expect(url).toMatch(/^(https?:\/\/|mailto:)/);
    expect(html).not.toMatch(/<(script|style|iframe|object|embed|form|meta|base|link)\b/i);
    expect(html).not.toMatch(/\s(on[a-z]+|srcdoc|style)=/i);
  });

  it('carries math as MathML and diagrams as SVG', () => {
    const all = bodies.map(([, html]) => html).join('');
    expect(all).toMatch(/<math[^>]*><semantics>/);
    expect(all).toMatch(/<svg[^>]* role="img"/);
  });
});

describe('feed discovery', () => {
  it.each(htmlFiles().map((file) => [urlOf(file), file]))('%s links to all three feeds', (_url, file) => {
    const alternates = elements(parseHtml(file))
      .filter((element) => element.tagName === 'link' && attr(element, 'rel') === 'alternate')
      .map((element) => [attr(element, 'type'), attr(element, 'href')]);
    expect(alternates).toEqual(
      expect.arrayContaining([
        ['application/rss+xml', siteUrl('rss.xml')],
        ['application/atom+xml', siteUrl('atom.xml')],
        ['application/feed+json', siteUrl('feed.json')],
      ]),
    );
  });
});
