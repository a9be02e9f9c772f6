import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config';
import { attr, BASE, DIST, elements, htmlFiles, parseHtml, urlOf } from '../support/built-site';

interface Description {
  OpenSearchDescription: { Url: { '@_template': string; '@_type': string }; Image: { '#text': string } };
}

// Browsers add the site as a search engine from this file: its URLs must follow the base path.
describe(`the OpenSearch description in ${DIST} (base ${BASE})`, () => {
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(
    readFileSync(join(DIST, 'opensearch.xml'), 'utf8'),
  ) as Description;

  it('sends searches to the search page under the base path', () => {
    expect(parsed.OpenSearchDescription.Url).toMatchObject({
      '@_type': 'text/html',
      '@_template': `${site.origin}${BASE}search/?q={searchTerms}`,
    });
    expect(parsed.OpenSearchDescription.Image['#text']).toMatch(new RegExp(`^${site.origin}${BASE}[^/]`));
  });

  it.each(htmlFiles().map((file) => [urlOf(file), file]))('%s links to it', (_url, file) => {
    const link = elements(parseHtml(file)).find(
      (element) => element.tagName === 'link' && attr(element, 'rel') === 'search',
    );
    expect(link && attr(link, 'href')).toBe(`${BASE}opensearch.xml`);
  });
});
