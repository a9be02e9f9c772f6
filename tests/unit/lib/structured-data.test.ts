import { describe, expect, it } from 'vitest';
import { blogPosting, serializeJsonLd, webSite } from '../../../src/lib/structured-data';

describe('serializeJsonLd', () => {
  it('cannot close its script element, and parses back to the same text', () => {
    const hostile = { headline: `</script><script>alert("x")</script> & 'q' \u2028 日本語 עברית 🚀` };
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/<\/?script/i);
    expect(JSON.parse(json)).toEqual(hostile);
  });
});

describe('blogPosting', () => {
  it('describes a post with its dates, author and image', () => {
    const data = blogPosting({
      title: 'T',
      description: 'D',
      url: 'https://e.x/posts/t/',
      image: 'https://e.x/og/t.png',
      published: new Date('2026-10-14T00:00:00Z'),
      updated: undefined,
      tags: ['rust', 'search'],
      author: 'A',
      siteName: 'S',
      siteUrl: 'https://e.x/',
    });
    expect(data).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'T',
      datePublished: '2026-10-14T00:00:00.000Z',
      dateModified: '2026-10-14T00:00:00.000Z',
      keywords: 'rust, search',
      author: { '@type': 'Person', name: 'A' },
    });
  });
});

describe('webSite', () => {
  it('offers a SearchAction on the search page', () => {
    expect(
      webSite({ name: 'S', description: 'D', url: 'https://e.x/blog/', searchPage: 'https://e.x/blog/search/' }),
    ).toMatchObject({
      potentialAction: { target: { urlTemplate: 'https://e.x/blog/search/?q={search_term_string}' } },
    });
  });
});
