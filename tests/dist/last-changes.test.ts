/**
 * Last change from git history: a post without `updated` states the date of the
 * last commit that changed its file in the sitemap's <lastmod> and JSON-LD's
 * dateModified; a post with `updated` states that; the visible dates stay as written.
 * The expected dates come from git itself, asked per file.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { POSTS_DIR, publishedPosts } from '../support/content';
import { attr, BASE, DIST, elements, parseHtml, textOf } from '../support/built-site';
import { site } from '../../src/site.config';

const git = (...args: string[]) => execFileSync('git', args, { cwd: POSTS_DIR, encoding: 'utf8' }).trim();
const fullHistory = git('rev-parse', '--is-shallow-repository') === 'false';

function fileOf(slug: string): string {
  const folder = join(POSTS_DIR, slug);
  if (statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    const index = readdirSync(folder).find((name) => /^index\.mdx?$/.test(name));
    if (index) return join(folder, index);
  }
  return ['.md', '.mdx'].map((ext) => folder + ext).find((file) => statSync(file, { throwIfNoEntry: false })) ?? '';
}

const sitemap = new XMLParser({ isArray: (name) => name === 'url' }).parse(
  readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8'),
) as { urlset: { url: { loc: string; lastmod?: string }[] } };
const lastmodOf = new Map(sitemap.urlset.url.map((entry) => [entry.loc, entry.lastmod]));

function builtPost(slug: string) {
  const document = parseHtml(join(DIST, 'posts', slug, 'index.html'));
  const jsonLd = elements(document)
    .filter((element) => element.tagName === 'script' && attr(element, 'type') === 'application/ld+json')
    .map((element) => JSON.parse(textOf(element)) as { '@type': string; datePublished?: string; dateModified?: string })
    .find((data) => data['@type'] === 'BlogPosting');
  const visibleDates = elements(document)
    .filter((element) => element.tagName === 'time')
    .map((element) => attr(element, 'datetime'));
  return { datePublished: jsonLd?.datePublished, dateModified: jsonLd?.dateModified, visibleDates };
}

const posts = publishedPosts().map((post) => {
  const file = fileOf(post.slug);
  const updated = /^updated:\s*(\S.*)$/m.exec(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '')?.[1];
  const committed = git('log', '-1', '--format=%cI', '--', file);
  return { ...post, file, updated, committed };
});

describe('last change from git history', () => {
  it('has posts of both kinds to check', () => {
    expect(posts.some((post) => !post.updated && post.committed)).toBe(true);
  });

  // A shallow clone has no trustworthy history: there the published date stands in.
  it('states the last commit of a post without `updated` in the sitemap and JSON-LD', () => {
    for (const post of posts.filter((p) => !p.updated && p.committed)) {
      const built = builtPost(post.slug);
      const expected = fullHistory ? new Date(post.committed).toISOString() : built.datePublished;
      expect(built.dateModified, post.slug).toBe(expected);
      expect(lastmodOf.get(`${site.origin}${BASE}posts/${post.slug}/`), post.slug).toBe(expected);
    }
  });

  it('keeps the visible dates to what the author wrote', () => {
    for (const post of posts.filter((p) => !p.updated)) {
      const { visibleDates } = builtPost(post.slug);
      const committedDay = post.committed.slice(0, 10);
      // One <time> for the published date; no "Updated" date appears from history.
      expect(visibleDates.filter((date) => date?.startsWith(committedDay) && !post.date.startsWith(committedDay)), post.slug).toEqual([]);
    }
  });

  it('gives every post page a lastmod equal to its JSON-LD dateModified', () => {
    for (const post of posts) {
      const url = `${site.origin}${BASE}posts/${post.slug}/`;
      expect(lastmodOf.get(url), post.slug).toBe(builtPost(post.slug).dateModified);
    }
  });
});
