import { describe, expect, it } from 'vitest';
import type { Post } from '../../../src/lib/content';
import { postPage, postPageCacheKey, postRelationsFinder } from '../../../src/lib/post-page';
import { site } from '../../../src/site.config';

interface Written {
  title?: string;
  date: string;
  updated?: string;
  tags?: string[];
  series?: string;
  body?: string;
  filePath?: string;
  digest?: string;
}

/** A post as the collection gives it; only the fields the page model reads. */
function post(id: string, written: Written): Post {
  const { title = id, date, updated, tags = [], series, body = 'Some words.', filePath, digest } = written;
  return {
    id,
    collection: 'posts',
    body,
    filePath,
    digest,
    data: {
      title,
      description: `About ${id}.`,
      date: new Date(date),
      updated: updated === undefined ? undefined : new Date(updated),
      tags,
      draft: false,
      series,
      aliases: [],
    },
  } as unknown as Post;
}

// Newest first, as the build lists them.
const newest = post('newest', { date: '2024-03-01', tags: ['go'], series: 'Raft', filePath: 'posts/newest.md' });
const middle = post('middle', {
  date: '2024-02-01',
  tags: ['Go', 'rust'],
  series: 'Raft',
  filePath: 'posts/middle.md',
});
const oldest = post('oldest', { date: '2024-01-01', tags: ['rust'] });
const posts = [newest, middle, oldest];
const catalogue = [
  { slug: 'go', name: 'Go' },
  { slug: 'rust', name: 'Rust' },
];
const history = new Map([['posts/middle.md', new Date('2024-05-05T10:00:00Z')]]);
const relationsOf = postRelationsFinder(posts, catalogue, (file) => history.get(file));

describe('postRelationsFinder', () => {
  it('gives a post its neighbours, related posts, series, site-wide tag names and last change', () => {
    const relations = relationsOf(middle);
    expect(relations.post).toBe(middle);
    expect(relations.newer).toBe(newest);
    expect(relations.older).toBe(oldest);
    expect(relations.related.map((related) => related.id).sort()).toEqual(['newest', 'oldest']);
    expect(relations.series?.name).toBe('Raft');
    expect(relations.series?.parts.map((part) => part.id)).toEqual(['middle', 'newest']);
    expect(relations.tags).toEqual(catalogue);
    expect(relations.lastChanged).toEqual(new Date('2024-05-05T10:00:00Z'));
  });

  it('leaves the last change unknown for a post without a file or history', () => {
    expect(relationsOf(oldest).lastChanged).toBeUndefined();
    expect(relationsOf(newest).lastChanged).toBeUndefined();
    expect(postRelationsFinder(posts, catalogue)(middle).lastChanged).toBeUndefined();
  });
});

describe('postPageCacheKey', () => {
  const key = (relations = relationsOf(middle)) => postPageCacheKey('site', relations);
  const renamed = (original: Post, title: string) => ({ ...original, data: { ...original.data, title } }) as Post;

  it('is the same for the same page', () => {
    expect(key()).toBe(key(postRelationsFinder([newest, middle, oldest], catalogue, (f) => history.get(f))(middle)));
  });

  it('changes with anything the page shows', () => {
    const relations = relationsOf(middle);
    const variants = [
      postPageCacheKey('site changed', relations),
      key({ ...relations, post: { ...middle, body: 'Other words.' } }),
      key({ ...relations, post: { ...middle, digest: 'd2' } }),
      key({ ...relations, post: renamed(middle, 'Renamed') }),
      key({ ...relations, newer: renamed(newest, 'A newer title') }),
      key({ ...relations, newer: undefined }),
      key({ ...relations, older: renamed(oldest, 'An older title') }),
      key({ ...relations, older: undefined }),
      key({ ...relations, related: [oldest] }),
      key({ ...relations, series: undefined }),
      key({ ...relations, series: { name: 'Raft', parts: [middle, renamed(newest, 'Part two')] } }),
      key({ ...relations, tags: [{ slug: 'go', name: 'GO' }] }),
      key({ ...relations, lastChanged: new Date('2024-06-06T00:00:00Z') }),
    ];
    expect(new Set([key(), ...variants]).size).toBe(variants.length + 1);
  });

  it('follows the digest, when the collection has one, rather than the body', () => {
    const withDigest = post('p', { date: '2024-01-01', digest: 'd1', body: 'one' });
    const relations = postRelationsFinder([withDigest], [])(withDigest);
    expect(key({ ...relations, post: { ...withDigest, body: 'two' } })).toBe(key(relations));
  });
});

describe('postPage', () => {
  const siteUrl = new URL('https://example.org/');
  const headings = [
    { depth: 2, slug: 'a', text: 'A' },
    { depth: 3, slug: 'b', text: 'B' },
    { depth: 4, slug: 'c', text: 'C' },
    { depth: 2, slug: 'd', text: 'D' },
  ];

  it('lists the sections, reading time, year and social card of the post', () => {
    const long = post('long', { date: '2023-12-31T23:30:00Z', body: 'word '.repeat(700) });
    const page = postPage(postRelationsFinder([long], [])(long), headings, siteUrl);
    expect(page.sections.map((heading) => heading.slug)).toEqual(['a', 'b', 'd']);
    expect(page.readingMinutes).toBe(3);
    // 23:30 UTC on 31 December is already the new year in the site's timezone (Amsterdam).
    expect(site.timezone).toBe('Europe/Amsterdam');
    expect(page.year).toBe(2024);
    expect(site.socialCards).toBe('per-post');
    expect(page.image).toBe('https://example.org/og/long.png');
  });

  it('describes the post in JSON-LD, dated by `updated`, else by its last change', () => {
    const data = (relations: ReturnType<typeof relationsOf>) =>
      postPage(relations, [], siteUrl).structuredData as Record<string, unknown>;
    const fromHistory = data(relationsOf(middle));
    expect(fromHistory).toMatchObject({
      headline: 'middle',
      url: 'https://example.org/posts/middle/',
      datePublished: new Date('2024-02-01').toISOString(),
      dateModified: '2024-05-05T10:00:00.000Z',
      image: 'https://example.org/og/middle.png',
      keywords: 'Go, Rust',
      publisher: { url: 'https://example.org/' },
    });
    const updated = post('middle', { date: '2024-02-01', updated: '2024-03-03', filePath: 'posts/middle.md' });
    expect(data(relationsOf(updated)).dateModified).toBe(new Date('2024-03-03').toISOString());
  });
});
