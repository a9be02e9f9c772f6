import { describe, expect, it } from 'vitest';
import { openSearchDescription } from '../../../src/search/opensearch';
import { escapeXml } from '../../../src/lib/xml';

describe('openSearchDescription', () => {
  it('points browsers at the search page with the query as q', () => {
    const xml = openSearchDescription({
      title: 'Rabbit Holes',
      description: 'Notes',
      searchPage: 'https://example.com/blog/search/',
      icon: 'https://example.com/blog/favicon.svg',
    });
    expect(xml).toContain('<ShortName>Rabbit Holes</ShortName>');
    expect(xml).toContain('template="https://example.com/blog/search/?q={searchTerms}"');
  });

  it('escapes hostile text', () => {
    const xml = openSearchDescription({
      title: '<script>&"',
      description: "it's",
      searchPage: 'https://e.x/s/',
      icon: 'https://e.x/i.svg',
    });
    expect(xml).toContain('<ShortName>&lt;script&gt;&amp;&quot;</ShortName>');
    expect(xml).not.toContain('<script>');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials and nothing else', () => {
    expect(escapeXml(`a<b>&"c"'d' é 日本`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos; é 日本');
  });
});
