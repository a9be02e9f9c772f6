import { describe, expect, it } from 'vitest';
import { brokenReferences, referencesInHtml } from '../../src/postbuild/built-pages';
import { site } from '../../src/site.config';
import { readFileSync } from 'node:fs';
import { BASE, DIST, htmlFiles, urlOf } from '../support/built-site';

const LOCAL_ORIGIN = 'http://site.invalid';
// Canonical URLs, feeds and sitemaps name the deployed origin; they point into this build too.
const OWN_ORIGINS = [LOCAL_ORIGIN, site.origin];
const pages = htmlFiles();

describe(`every internal link, asset and #anchor in ${DIST} resolves (base ${BASE})`, () => {
  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(3);
  });

  it.each(pages.map((file) => [urlOf(file), file]))('%s', (url, file) => {
    const broken = brokenReferences(referencesInHtml(readFileSync(file, 'utf8')), new URL(url, LOCAL_ORIGIN), { dir: DIST, base: BASE }, OWN_ORIGINS);
    expect(broken).toEqual([]);
  });
});
