import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, jsonFeed, type FeedEntry, type FeedMeta } from '../../../src/lib/feed-formats';

const meta: FeedMeta = {
  title: 'Notes & <things>',
  description: 'All of it',
  home: 'https://example.com/blog/',
  self: 'https://example.com/blog/atom.xml',
  language: 'en',
  author: 'A "quoted" author',
};
const entries: FeedEntry[] = [
  {
    url: 'https://example.com/blog/posts/b/',
    title: '<script>alert(1)</script> & co',
    summary: 'Second',
    published: new Date('2024-05-01T10:00:00Z'),
    updated: new Date('2024-06-01T10:00:00Z'),
    tags: ['rust', 'a&b'],
    html: '<p>Body &amp; <em>more</em></p>',
  },
  {
    url: 'https://example.com/blog/posts/a/',
    title: 'First',
    summary: 'First post',
    published: new Date('2024-01-01T10:00:00Z'),
    updated: undefined,
    tags: [],
    html: undefined,
  },
];

interface ParsedAtom {
  feed: { title: string; updated: string; author: { name: string }; entry: Record<string, unknown>[] };
}

describe('atomFeed', () => {
  // Written within each test, not while the file loads, so a test sees the code as it is then.
  const parsed = () =>
    new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(
      atomFeed(meta, entries),
    ) as ParsedAtom;

  it('is well-formed XML that keeps hostile text as text', () => {
    expect(parsed().feed.title).toBe('Notes & <things>');
    expect(parsed().feed.author.name).toBe('A "quoted" author');
    expect(parsed().feed.entry[0]?.title).toBe('<script>alert(1)</script> & co');
  });

  it('is updated when its newest entry was, and dates an entry without updates by publication', () => {
    expect(parsed().feed.updated).toBe('2024-06-01T10:00:00.000Z');
    expect(parsed().feed.entry[1]?.updated).toBe('2024-01-01T10:00:00.000Z');
  });

  it('names the feed, its page and itself, and gives each entry its id, page, date, summary and tags', () => {
    const atom = atomFeed(meta, entries);
    expect(atom.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(
      true,
    );
    const feed = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['entry', 'link', 'category'].includes(name),
    }).parse(atom) as { feed: Record<string, unknown> & { entry: Record<string, unknown>[] } };
    expect(feed.feed).toMatchObject({
      '@_xml:lang': 'en',
      id: 'https://example.com/blog/',
      subtitle: 'All of it',
      link: [
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': 'https://example.com/blog/' },
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': 'https://example.com/blog/atom.xml' },
      ],
    });
    expect(feed.feed.entry[0]).toMatchObject({
      id: 'https://example.com/blog/posts/b/',
      link: [{ '@_rel': 'alternate', '@_type': 'text/html', '@_href': 'https://example.com/blog/posts/b/' }],
      published: '2024-05-01T10:00:00.000Z',
      updated: '2024-06-01T10:00:00.000Z',
      summary: 'Second',
      category: [{ '@_term': 'rust' }, { '@_term': 'a&b' }],
    });
    expect(feed.feed.entry[1]).not.toHaveProperty('category');
    // Nothing but elements between the elements, and nothing after the feed.
    expect(feed.feed.entry.filter((entry) => '#text' in entry)).toEqual([]);
    expect(atom.endsWith('</feed>\n')).toBe(true);
  });

  it('carries the body as escaped HTML content', () => {
    expect(parsed().feed.entry[0]?.content).toEqual({ '#text': '<p>Body &amp; <em>more</em></p>', '@_type': 'html' });
    expect(parsed().feed.entry[1]?.content).toBeUndefined();
  });
});

describe('jsonFeed', () => {
  const feed = () => JSON.parse(jsonFeed(meta, entries)) as { items: Record<string, unknown>[] };

  it('gives every item an id and content, HTML when there is a body and text otherwise', () => {
    expect(feed().items[0]).toMatchObject({
      id: 'https://example.com/blog/posts/b/',
      content_html: '<p>Body &amp; <em>more</em></p>',
      date_published: '2024-05-01T10:00:00.000Z',
      date_modified: '2024-06-01T10:00:00.000Z',
      tags: ['rust', 'a&b'],
    });
    expect(feed().items[1]).toMatchObject({ id: 'https://example.com/blog/posts/a/', content_text: 'First post' });
    expect(feed().items[1]).not.toHaveProperty('date_modified');
  });

  it('says which version it follows and describes the site', () => {
    expect(feed()).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Notes & <things>',
      home_page_url: 'https://example.com/blog/',
      feed_url: 'https://example.com/blog/atom.xml',
      description: 'All of it',
      language: 'en',
      authors: [{ name: 'A "quoted" author' }],
    });
    expect(feed().items[0]).toMatchObject({ url: 'https://example.com/blog/posts/b/', summary: 'Second' });
  });
});
