import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config';
import { attr, BASE, DIST, elements, fileFor, htmlFiles, parseHtml, urlOf } from '../support/built-site';

const SITE_ORIGIN = 'http://site.invalid';
const pages = htmlFiles();
const idsByFile = new Map<string, Set<string>>();

function idsIn(file: string): Set<string> {
  let ids = idsByFile.get(file);
  if (!ids) {
    ids = new Set(elements(parseHtml(file)).flatMap((element) => attr(element, 'id') ?? []));
    idsByFile.set(file, ids);
  }
  return ids;
}

/** Every URL a page refers to: links, assets, image candidates, form targets. */
function referencesIn(file: string): string[] {
  return elements(parseHtml(file)).flatMap((element) => {
    const single = ['href', 'src', 'action', 'poster'].flatMap((name) => attr(element, name) ?? []);
    const srcset = (attr(element, 'srcset') ?? '')
      .split(',')
      .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
      .filter((url) => url !== '');
    return [...single, ...srcset];
  });
}

function brokenReferences(file: string): string[] {
  const pageUrl = new URL(urlOf(file), SITE_ORIGIN);
  return referencesIn(file).flatMap((reference) => {
    const target = new URL(reference, pageUrl);
    // Canonical URLs, feeds and sitemaps name the deployed origin; they point into this build too.
    if (target.origin !== SITE_ORIGIN && target.origin !== site.origin) return [];
    const targetFile = fileFor(target.pathname);
    if (!targetFile) return [`${reference} (no file for ${target.pathname})`];
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment !== '' && targetFile.endsWith('.html') && !idsIn(targetFile).has(fragment)) {
      return [`${reference} (no element with id "${fragment}")`];
    }
    return [];
  });
}

describe(`every internal link, asset and #anchor in ${DIST} resolves (base ${BASE})`, () => {
  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(3);
  });

  it.each(pages.map((file) => [urlOf(file), file]))('%s', (_url, file) => {
    expect(brokenReferences(file)).toEqual([]);
  });
});
