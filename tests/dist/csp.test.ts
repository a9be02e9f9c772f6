import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { attr, elements, htmlFiles, parseHtml, textOf, urlOf } from '../support/built-site';

// Redirect pages left at old addresses (aliases) carry no script and no policy of their own.
const pages = htmlFiles().filter((file) => !readFileSync(file, 'utf8').includes('http-equiv="refresh"'));

const hashOf = (element: Parameters<typeof textOf>[0]) =>
  `'sha256-${createHash('sha256').update(textOf(element)).digest('base64')}'`;

function policyOf(file: string): { policy: string; runs: string[]; styles: string[] } {
  const all = elements(parseHtml(file));
  const meta = all.find((element) => attr(element, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  const runs = all
    .filter((element) => element.tagName === 'script' && attr(element, 'src') === undefined)
    .filter((element) => !(attr(element, 'type') ?? '').includes('json'))
    .map(hashOf);
  const styles = all.filter((element) => element.tagName === 'style').map(hashOf);
  return { policy: meta ? (attr(meta, 'content') ?? '') : '', runs, styles };
}

describe("every page's Content-Security-Policy", () => {
  it.each(pages.map((file) => [urlOf(file), file]))('%s', (_url, file) => {
    const { policy, runs, styles } = policyOf(file);
    const directive = (name: string) =>
      policy
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .find(([first]) => first === name);
    const listed = (directive('script-src') ?? []).filter((source) => source.startsWith("'sha256-"));
    // Exactly the hashes of the inline scripts the page runs, each once.
    expect([...new Set(listed)].sort()).toEqual([...new Set(runs)].sort());
    // And exactly the hashes of its own <style> elements.
    const styleHashes = (directive('style-src-elem') ?? []).filter((source) => source.startsWith("'sha256-"));
    expect([...new Set(styleHashes)].sort()).toEqual([...new Set(styles)].sort());
    expect(directive('base-uri')).toEqual(['base-uri', "'none'"]);
    expect(directive('worker-src')).toBeUndefined();
    // Trusted Types: no script may write markup from a string.
    expect(directive('require-trusted-types-for')).toEqual(['require-trusted-types-for', "'script'"]);
    expect(directive('trusted-types')).toEqual(['trusted-types', "'none'"]);
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toMatch(/(^|\s)\*(\s|;|$)/);
  });

  it('leaves no style attribute for it to allow', () => {
    for (const file of pages) {
      const styled = elements(parseHtml(file)).filter((element) => attr(element, 'style') !== undefined);
      expect(styled.map((element) => `${urlOf(file)} <${element.tagName} style>`)).toEqual([]);
    }
  });
});
