/**
 * The site setting for very large sites: one default card for every post, so a
 * build draws no per-post cards and every post's preview image is public/og-default.png.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, elements, parseHtml } from '../support/built-site';
import { buildSite, removeBuilds, ROOT, type BuildResult } from '../support/astro-build';

afterAll(removeBuilds);

const FIXTURE = 'tests/fixtures/incremental';
const ORIGIN = 'https://cards.example.org';
const postIds = readdirSync(join(ROOT, FIXTURE)).map((file) => file.replace(/\.md$/, ''));

let build: BuildResult;

beforeAll(async () => {
  build = await buildSite(FIXTURE, { SITE_SOCIAL_CARDS: 'site-default', SITE_ORIGIN: ORIGIN });
  if (build.code !== 0) throw new Error(build.output);
});

describe('one default card for every post', () => {
  it('draws no card and leaves no card list in the site', () => {
    expect(existsSync(join(build.outDir, 'og'))).toBe(false);
    expect(build.output).toContain('Social cards: 0 rendered, 0 from cache');
    expect(readFileSync(join(build.outDir, 'og-default.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('points every post page’s preview image at the default card', () => {
    expect(postIds.length).toBeGreaterThan(1);
    for (const id of postIds) {
      const page = elements(parseHtml(join(build.outDir, 'posts', id, 'index.html')));
      const images = page
        .filter((element) => element.tagName === 'meta')
        .filter((meta) => attr(meta, 'property') === 'og:image')
        .map((meta) => attr(meta, 'content'));
      expect(images, id).toEqual([`${ORIGIN}/og-default.png`]);
      const jsonLd = page.find((element) => attr(element, 'type') === 'application/ld+json');
      const text = jsonLd?.childNodes.map((node) => ('value' in node ? node.value : '')).join('') ?? '';
      expect((JSON.parse(text) as { image?: unknown }).image, id).toBe(`${ORIGIN}/og-default.png`);
    }
  });
});

describe('the social-card setting', () => {
  it('refuses a value it does not know, saying which it expects', async () => {
    const refused = await buildSite(FIXTURE, { SITE_SOCIAL_CARDS: 'none' });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('SITE_SOCIAL_CARDS is "none": expected "per-post" or "site-default"');
  });
});
