import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config';
import { BASE, DIST, filesUnder, htmlFiles, urlOf } from '../support/built-site';
import { deadReferences } from '../support/site-links';

// Canonical URLs, feeds and sitemaps name the deployed origin; they point into this build too.
const OWN_ORIGINS = [site.origin];
const pages = htmlFiles();
const stylesheets = filesUnder(DIST).filter((file) => file.endsWith('.css'));

// Checked by the tests' own link checker (tests/support/site-links.ts), not the product's.
describe(`every internal link, asset and #anchor in ${DIST} resolves (base ${BASE})`, () => {
  it('finds the built pages and stylesheets', () => {
    expect(pages.length).toBeGreaterThan(3);
    expect(stylesheets.length).toBeGreaterThan(0);
  });

  it.each([...pages, ...stylesheets].map((file) => [urlOf(file), file]))('%s', (_url, file) => {
    expect(deadReferences(file, DIST, OWN_ORIGINS)).toEqual([]);
  });
});
