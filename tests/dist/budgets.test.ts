import { describe, expect, it } from 'vitest';
import { htmlFiles, urlOf } from '../support/built-site';
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
