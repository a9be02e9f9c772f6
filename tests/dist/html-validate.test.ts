import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, urlOf } from '../support/built-site';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta ... /> and Prettier keeps that style; both forms are valid HTML.
    'void-style': 'off',
    // Shiki colours every token through a style attribute (--shiki-light/--shiki-dark): that is the
    // build-time highlighting we want, and the attributes carry only colours.
    'no-inline-style': 'off',
    // Post titles are the author's and stay as written; with the site name after them some pass 70 characters.
    'long-title': 'off',
  },
});

describe(`every page in ${DIST} is valid HTML`, () => {
  it.each(htmlFiles().map((file) => [urlOf(file), file]))('%s', async (_url, file) => {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const problems = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(problems).toEqual([]);
  });
});
