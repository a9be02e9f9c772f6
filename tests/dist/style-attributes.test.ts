/**
 * The pages' policy allows no style attribute (no `style-src-attr 'unsafe-inline'`), so one left in
 * the built HTML is an element the reader sees unstyled and a CSP error in the console.
 */
import { describe, expect, it } from 'vitest';
import { attr, elements, htmlFiles, parseHtml, urlOf } from '../support/built-site';

describe('style attributes', () => {
  it.each(htmlFiles().map((file) => [urlOf(file), file]))('%s carries none', (_url, file) => {
    const styled = elements(parseHtml(file))
      .filter((element) => attr(element, 'style') !== undefined)
      .map((element) => `<${element.tagName} style="${attr(element, 'style') ?? ''}">`);
    expect(styled).toEqual([]);
  });
});
