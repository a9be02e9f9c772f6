import { readFileSync } from 'node:fs';
import { serializeOuter } from 'parse5';
import { describe, expect, it } from 'vitest';
import { attr, elements, htmlFiles, parseHtml, textOf, urlOf } from '../support/built-site';
import { pageWeight } from '../support/page-weight';

const KB = 1024;
// What loads before interaction, gzip-compressed. The popular theme we measure against
// ships 8.8 KB of CSS and 6.2 KB of JS on a post.
const BUDGET = { total: 50 * KB, css: 10 * KB, js: 3 * KB };

const pages = htmlFiles();
const postPages = pages.filter((file) => /\/posts\/[^/]+\/index\.html$/.test(file) && !/\/posts\/\d{4}\//.test(file));

describe('every post page stays within its weight budget', () => {
  it('finds the post pages', () => {
    expect(postPages.length).toBeGreaterThan(0);
  });

  it.each(postPages.map((file) => [urlOf(file), file]))('%s', (_url, file) => {
    const weight = pageWeight(file);
    expect(weight.total, 'HTML + CSS + JS + fonts, gzip').toBeLessThan(BUDGET.total);
    expect(weight.css, 'CSS, gzip').toBeLessThan(BUDGET.css);
    expect(weight.js, 'JavaScript, gzip').toBeLessThan(BUDGET.js);
  });
});

describe('every page', () => {
  it.each(pages.map((file) => [urlOf(file), file]))('%s has at most one render-blocking stylesheet and no foreign requests', (_url, file) => {
    const weight = pageWeight(file);
    expect(weight.blockingStylesheets).toBeLessThanOrEqual(1);
    expect(weight.foreignRequests).toEqual([]);
  });
});

// Bytes that every page repeats are paid once per post: at 10,000 posts, a kilobyte here is 10 MB of
// dist/, and GitHub Pages refuses a site over 1 GB.
describe('what every page repeats stays small', () => {
  // The head, the site header (search and its filters included) and the footer: everything outside <main>.
  const CHROME_BUDGET = 11 * KB;

  it.each(pages.map((file) => [urlOf(file), file]))('%s', (_url, file) => {
    const html = readFileSync(file);
    const [start, end] = [html.indexOf('<main'), html.lastIndexOf('</main>')];
    expect(start, 'has a <main>').toBeGreaterThan(0);
    expect(html.length - (end - start), 'bytes outside <main>').toBeLessThan(CHROME_BUDGET);
    // Component scripts are files the browser caches; only what must run before first paint is inline.
    const inline = elements(parseHtml(file)).filter(
      (element) =>
        element.tagName === 'script' && attr(element, 'src') === undefined && attr(element, 'type') !== 'application/ld+json',
    );
    expect(inline.length, 'inline scripts').toBeLessThanOrEqual(1);
  });
});

describe('highlighted code stays lean', () => {
  // Colour classes on every token once made a listing's markup nine times its text.
  const MARKUP_PER_CODE_BYTE = 6;

  it('spends at most 6 bytes of markup per byte of code, over all the site’s listings', () => {
    const listings = postPages.flatMap((file) =>
      elements(parseHtml(file)).filter((element) => element.tagName === 'pre' && /\bshiki\b/.test(attr(element, 'class') ?? '')),
    );
    expect(listings.length).toBeGreaterThan(0);
    const bytes = (text: string) => Buffer.byteLength(text);
    const markup = listings.reduce((total, pre) => total + bytes(serializeOuter(pre)), 0);
    const code = listings.reduce((total, pre) => total + bytes(textOf(pre)), 0);
    expect(markup / code).toBeLessThan(MARKUP_PER_CODE_BYTE);
  });
});
