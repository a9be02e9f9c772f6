import { describe, expect, it } from 'vitest';
import { fitCsp, formatHeaders, headerRules, headersFor, mergeCsp, parseHeaders } from '../../../src/postbuild/headers';

describe('mergeCsp', () => {
  it('unions the sources of each directive across pages', () => {
    expect(
      mergeCsp(["script-src 'self' 'sha256-a'; style-src 'self'", "script-src 'self' 'sha256-b';img-src data:"]),
    ).toBe("script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; img-src data:");
  });
});

describe('fitCsp', () => {
  const policy = (origins: number) =>
    `default-src 'self'; img-src 'self' data: ${Array.from({ length: origins }, (_, i) => `https://img${i}.example.org`).join(' ')}; frame-src 'self' https://video.example.net; script-src 'self' 'sha256-a'`;

  it('keeps the exact union of origins while the header line fits', () => {
    expect(fitCsp(policy(3))).toBe(policy(3));
  });

  it('admits https: for embeds rather than overflow the 2,000-character header line, keeping the rest', () => {
    const fitted = fitCsp(policy(100));
    expect(fitted).toBe(
      `default-src 'self'; img-src 'self' data: https:; frame-src 'self' https:; script-src 'self' 'sha256-a'`,
    );
    expect(`  Content-Security-Policy: ${fitted}; frame-ancestors 'none'`.length).toBeLessThanOrEqual(2000);
  });

  it('fails the build when even that does not fit', () => {
    const hashes = Array.from({ length: 60 }, (_, i) => `'sha256-${String(i).padStart(43, 'x')}='`).join(' ');
    expect(() => fitCsp(`script-src 'self' ${hashes}`)).toThrow(/Cloudflare Pages reads at most 2000/);
  });
});

describe('headerRules', () => {
  const rules = headerRules({
    base: '/blog/',
    csp: "script-src 'self' 'sha256-a'",
    pagefindFiles: ['pagefind.js', 'pagefind-entry.json', 'pagefind.en_94c849b23f.pf_meta', 'wasm.en.pagefind'],
  });
  const cacheOf = (path: string) => headersFor(rules, path)['Cache-Control'];

  it('caches fingerprinted files for a year and makes pages and entry files revalidate', () => {
    expect(cacheOf('/blog/_astro/index.Bx1.css')).toBe('public, max-age=31536000, immutable');
    expect(cacheOf('/blog/pagefind/fragment/en_1.pf_fragment')).toBe('public, max-age=31536000, immutable');
    expect(cacheOf('/blog/pagefind/pagefind.en_94c849b23f.pf_meta')).toBe('public, max-age=31536000, immutable');
    expect(cacheOf('/blog/pagefind/pagefind.js')).toBe('public, max-age=0, must-revalidate');
    expect(cacheOf('/blog/pagefind/pagefind-entry.json')).toBe('public, max-age=0, must-revalidate');
    expect(cacheOf('/blog/')).toBe('public, max-age=0, must-revalidate');
    expect(cacheOf('/blog/posts/spanning-tree/')).toBe('public, max-age=0, must-revalidate');
  });

  it('never gives one path two cache rules', () => {
    const paths = [
      '/blog/',
      '/blog/posts/x/',
      '/blog/_astro/a.js',
      '/blog/pagefind/pagefind.js',
      '/blog/og/x.png',
      '/blog/rss.xml',
    ];
    for (const path of paths) {
      const setting = rules.filter(
        ({ pattern, headers }) =>
          headers.some(([name]) => name === 'Cache-Control') &&
          new RegExp(
            `^${pattern
              .split('*')
              .map((p) => RegExp.escape(p))
              .join('.*')}$`,
          ).test(path),
      );
      expect(setting, path).toHaveLength(1);
    }
  });

  it('sends security headers everywhere, with a policy that forbids framing and inline script', () => {
    const headers = headersFor(rules, '/blog/posts/x/');
    expect(headers['Content-Security-Policy']).toBe("script-src 'self' 'sha256-a'; frame-ancestors 'none'");
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Permissions-Policy']).toContain('camera=()');
  });

  it('round-trips through the _headers format', () => {
    expect(parseHeaders(formatHeaders(rules))).toEqual(rules);
  });
});
