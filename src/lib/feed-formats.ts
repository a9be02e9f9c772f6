/**
 * The site's feed in three formats from one list of entries: RSS 2.0 (via
 * @astrojs/rss, in feed.ts), Atom (RFC 4287) and JSON Feed 1.1. Pure
 * functions: every URL arrives absolute and every body already sanitized.
 */
import { escapeXml } from './xml';

export interface FeedMeta {
  title: string;
  description: string;
  /** The page the feed belongs to, absolute. */
  home: string;
  /** The feed's own address, absolute. */
  self: string;
  language: string;
  author: string;
}

export interface FeedEntry {
  /** Absolute URL of the post, which is also its permanent id. */
  url: string;
  title: string;
  summary: string;
  published: Date;
  updated: Date | undefined;
  tags: string[];
  /** The post in full, sanitized; absent for summary-only feeds. */
  html: string | undefined;
}

const newest = (entries: FeedEntry[]): Date =>
  new Date(Math.max(0, ...entries.map((entry) => (entry.updated ?? entry.published).getTime())));

export function atomFeed(meta: FeedMeta, entries: FeedEntry[]): string {
  const text = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  const link = (rel: string, type: string, href: string) =>
    `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;
  const items = entries.map((entry) =>
    [
      '<entry>',
      text('id', entry.url),
      text('title', entry.title),
      link('alternate', 'text/html', entry.url),
      text('published', entry.published.toISOString()),
      text('updated', (entry.updated ?? entry.published).toISOString()),
      text('summary', entry.summary),
      ...entry.tags.map((tag) => `<category term="${escapeXml(tag)}"/>`),
      entry.html === undefined ? '' : `<content type="html">${escapeXml(entry.html)}</content>`,
      '</entry>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(meta.language)}">`,
    text('id', meta.home),
    text('title', meta.title),
    text('subtitle', meta.description),
    text('updated', newest(entries).toISOString()),
    link('alternate', 'text/html', meta.home),
    link('self', 'application/atom+xml', meta.self),
    `<author>${text('name', meta.author)}</author>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(meta: FeedMeta, entries: FeedEntry[]): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: meta.home,
    feed_url: meta.self,
    description: meta.description,
    language: meta.language,
    authors: [{ name: meta.author }],
    items: entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      // JSON Feed requires content_html or content_text; a summary-only feed says the summary.
      ...(entry.html === undefined ? { content_text: entry.summary } : { content_html: entry.html }),
      date_published: entry.published.toISOString(),
      ...(entry.updated ? { date_modified: entry.updated.toISOString() } : {}),
      tags: entry.tags,
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
