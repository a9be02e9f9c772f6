import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { mapFields } from '../../../src/import/map-fields';
import type { SourcePost } from '../../../src/import/source';

function post(
  data: Record<string, unknown>,
  body = 'The first paragraph.',
  extra: Partial<SourcePost> = {},
): SourcePost {
  return {
    file: 'content/posts/p.md',
    extension: 'md',
    data,
    body,
    name: 'p',
    date: '2022-09-23T15:22:00Z',
    oldPaths: ['/p/'],
    bundleDir: undefined,
    extraTags: [],
    draftByLocation: false,
    usedFields: [],
    ...extra,
  };
}

function fields(source: SourcePost, aliases: string[] = []): Record<string, unknown> {
  const { frontMatter } = mapFields(source, aliases);
  return yaml.load(frontMatter.replace(/^---\n|---\n$/g, ''), { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
}

describe('mapFields', () => {
  it('maps AstroPaper fields and drops the ones we have no place for', () => {
    const source = post({
      title: 'Heap',
      description: 'Where the bytes went.',
      pubDatetime: '2022-09-23T15:22:00Z',
      modDatetime: '2022-10-01T09:12:47.400Z',
      tags: ['memory'],
      featured: true,
      ogImage: 'x.png',
    });
    expect(fields(source, ['/posts/heap/old/'])).toEqual({
      title: 'Heap',
      description: 'Where the bytes went.',
      date: '2022-09-23T15:22:00Z',
      updated: '2022-10-01T09:12:47Z',
      tags: ['memory'],
      aliases: ['/posts/heap/old/'],
    });
    expect(mapFields(source, []).dropped).toEqual(['featured', 'ogImage']);
  });

  it('takes summary, then the first paragraph, as the description, and says when it wrote one', () => {
    expect(fields(post({ title: 'T', summary: 'A **bold** summary.' })).description).toBe('A bold summary.');
    const long = `${'Lorem ipsum dolor sit amet '.repeat(10)}end.`;
    const mapped = mapFields(post({ title: 'T' }, `## Heading\n\n${long}`), []);
    const description = String(fields(post({ title: 'T' }, `## Heading\n\n${long}`)).description);
    expect(mapped.describedFromBody).toBe(true);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.endsWith('…')).toBe(true);
  });

  it('merges tags and categories without duplicates', () => {
    expect(fields(post({ title: 'T', tags: ['Go', 'net'], categories: 'go' })).tags).toEqual(['Go', 'net']);
  });

  it('marks drafts from draft, published: false and the location', () => {
    expect(fields(post({ title: 'T', draft: true })).draft).toBe(true);
    expect(fields(post({ title: 'T', published: false })).draft).toBe(true);
    expect(fields(post({ title: 'T' }, 'x', { draftByLocation: true })).draft).toBe(true);
    expect(fields(post({ title: 'T' })).draft).toBeUndefined();
  });

  it('keeps an updated date only when it is after the published one', () => {
    expect(fields(post({ title: 'T', lastmod: '2022-09-01' })).updated).toBeUndefined();
    expect(fields(post({ title: 'T', updated: '2023-01-01' })).updated).toBe('2023-01-01');
  });

  it('keeps a single series and quotes hostile text safely', () => {
    const hostile = 'A "quoted" title: with # and \n a newline';
    const mapped = fields(post({ title: hostile, series: ['Raft'] }));
    expect(mapped.title).toBe(hostile);
    expect(mapped.series).toBe('Raft');
  });
});
