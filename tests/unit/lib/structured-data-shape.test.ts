import { describe, expect, it } from 'vitest';
import { blogPosting, serializeJsonLd, webSite } from '../../../src/lib/structured-data';

describe('JSON-LD, field by field', () => {
  it('describes a post completely, the updated date as dateModified', () => {
    expect(
      blogPosting({
        title: 'T',
        description: 'D',
        url: 'https://e.x/posts/t/',
        image: 'https://e.x/og/t.png',
        published: new Date('2026-10-14T00:00:00Z'),
        updated: new Date('2026-11-01T00:00:00Z'),
        tags: ['rust'],
        author: 'A',
        siteName: 'S',
        siteUrl: 'https://e.x/',
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'T',
      description: 'D',
      url: 'https://e.x/posts/t/',
      mainEntityOfPage: 'https://e.x/posts/t/',
      image: 'https://e.x/og/t.png',
      datePublished: '2026-10-14T00:00:00.000Z',
      dateModified: '2026-11-01T00:00:00.000Z',
      keywords: 'rust',
      author: { '@type': 'Person', name: 'A' },
      publisher: { '@type': 'Organization', name: 'S', url: 'https://e.x/' },
    });
  });

  it('describes the site and its search completely', () => {
    expect(webSite({ name: 'S', description: 'D', url: 'https://e.x/', searchPage: 'https://e.x/search/' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: 'S',
      description: 'D',
      url: 'https://e.x/',
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: 'https://e.x/search/?q={search_term_string}' },
        'query-input': 'required name=search_term_string',
      },
    });
  });

  it('escapes both JavaScript line terminators', () => {
    expect(serializeJsonLd({ a: '\u2028\u2029' })).toBe('{"a":"\\u2028\\u2029"}');
  });
});
