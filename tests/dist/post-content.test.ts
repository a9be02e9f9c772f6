/**
 * What the README promises about a post's body, checked on every published post
 * of the built site against what its author wrote: external links, section
 * links, images, figure captions, alerts and MDX components, task lists and
 * tables. Counts come from the Markdown source, read without the product's code.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postBody, publishedPosts } from '../support/content';
import { attr, BASE, DIST, elements, parseHtml, textOf, type HtmlElement } from '../support/built-site';

const ORIGIN = 'http://site.invalid';
const ALERT_TYPES: Record<string, string> = { NOTE: 'note', TIP: 'tip', WARNING: 'warning', CAUTION: 'danger' };

/** The Markdown outside fenced code blocks, where syntax means something. */
const prose = (markdown: string) => markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, '');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What the author wrote, as the checks below count it in the Markdown source. */
const WRITTEN = {
  externalLink: /\]\(https?:\/\/|<https?:\/\//g,
  section: /^#{2,4} /gm,
  image: /!\[[^\]]*\]\(/g,
  titledImage: /!\[[^\]]*\]\([^)\s]+\s+"([^"]+)"\)/g,
  figure: /<Figure\b[^>]*\bcaption="([^"]+)"/g,
  alert: /^>\s*\[!(NOTE|TIP|WARNING|CAUTION)\]/gm,
  callout: /<Callout\b[^>]*\btype="(\w+)"/g,
  task: /^\s*[-*+] \[([ xX])\] /gm,
  table: /^\|?\s*:?-{3,}:?\s*\|/gm,
};
const hasClass = (element: HtmlElement, name: string) => (attr(element, 'class') ?? '').split(/\s+/).includes(name);

const posts = publishedPosts().map((post) => {
  const all = elements(parseHtml(join(DIST, 'posts', post.slug, 'index.html')));
  const body = all.find((element) => attr(element, 'data-pagefind-body') !== undefined);
  return { slug: post.slug, source: prose(postBody(post.slug)), body: body ? elements(body) : [] };
});

describe.each(posts)('/posts/$slug/', ({ slug, source, body }) => {
  const tagged = (tag: string) => body.filter((element) => element.tagName === tag);

  it('has a body', () => {
    expect(body.length, slug).toBeGreaterThan(0);
  });

  it('opens links to other sites in a new tab, safely, and says so to screen readers', () => {
    const pageUrl = new URL(`${BASE}posts/${slug}/`, ORIGIN);
    const external = tagged('a').filter((link) => {
      const target = new URL(attr(link, 'href') ?? '', pageUrl);
      return ['http:', 'https:'].includes(target.protocol) && target.origin !== ORIGIN;
    });
    expect(external.length).toBe([...source.matchAll(WRITTEN.externalLink)].length);
    for (const link of external) {
      const href = attr(link, 'href');
      expect(attr(link, 'target'), href).toBe('_blank');
      expect((attr(link, 'rel') ?? '').split(/\s+/).sort(), href).toEqual(['noopener', 'noreferrer']);
      expect(hasClass(link, 'external'), `${href} is marked ↗`).toBe(true);
      const note = elements(link).find((element) => hasClass(element, 'sr-only'));
      expect(textOf(note ?? link).trim(), href).toBe('(opens in a new tab)');
    }
  });

  it('gives every section an id and a # link to it', () => {
    // The footnotes' heading is the renderer's, not a section the author wrote.
    const headings = body.filter(
      (element) => ['h2', 'h3', 'h4'].includes(element.tagName) && attr(element, 'id') !== 'footnote-label',
    );
    expect(headings.length).toBe([...source.matchAll(WRITTEN.section)].length);
    for (const heading of headings) {
      const id = attr(heading, 'id');
      expect(id, textOf(heading)).toBeTruthy();
      const anchor = tagged('a').find((link) => attr(link, 'href') === `#${id ?? ''}` && hasClass(link, 'heading-anchor'));
      expect(anchor, `# link to ${id ?? ''}`).toBeDefined();
    }
  });

  it('serves its images responsively: several widths, width and height set, loaded lazily', () => {
    for (const image of tagged('img').filter((img) => (attr(img, 'src') ?? '').startsWith(`${BASE}_astro/`))) {
      const src = attr(image, 'src') ?? '';
      expect(Number(attr(image, 'width')), src).toBeGreaterThan(0);
      expect(Number(attr(image, 'height')), src).toBeGreaterThan(0);
      expect(attr(image, 'loading'), src).toBe('lazy');
      expect(attr(image, 'alt'), src).toBeTruthy();
      if (src.endsWith('.svg')) continue;
      const widths = (attr(image, 'srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/));
      expect(widths.length, src).toBeGreaterThanOrEqual(2);
      for (const [url = '', width = ''] of widths) {
        expect(url, src).toMatch(/\.webp$/);
        expect(width, src).toMatch(/^\d+w$/);
      }
    }
  });

  it('turns every titled image and <Figure> into a figure with that caption', () => {
    const captions = tagged('figcaption')
      .filter((caption) => !hasClass(caption, 'code-header'))
      .map((caption) => squash(textOf(caption)));
    const titled = [...source.matchAll(WRITTEN.titledImage)].map((match) => squash(match[1] ?? ''));
    const components = [...source.matchAll(WRITTEN.figure)].map((match) => squash(match[1] ?? ''));
    expect(captions.sort()).toEqual([...titled, ...components].sort());
  });

  it('renders every GitHub alert and <Callout> as a callout of its type', () => {
    const expected = [
      ...[...source.matchAll(WRITTEN.alert)].map((match) => ALERT_TYPES[match[1] ?? '']),
      ...[...source.matchAll(WRITTEN.callout)].map((match) => match[1]),
    ];
    const callouts = body.filter((element) => hasClass(element, 'callout')).map((element) => attr(element, 'data-callout'));
    expect(callouts.sort()).toEqual(expected.sort());
  });

  it('shows task lists as checkboxes a reader cannot tick, in the state the author wrote', () => {
    const tasks = [...source.matchAll(WRITTEN.task)].map((match) => match[1] !== ' ');
    const boxes = tagged('input').filter((input) => attr(input, 'type') === 'checkbox');
    expect(boxes.map((box) => attr(box, 'checked') !== undefined)).toEqual(tasks);
    for (const box of boxes) expect(attr(box, 'disabled')).toBeDefined();
  });

  it('shows every formula as MathML, none left as TeX in a code span', () => {
    const unrendered = body.filter((element) => element.tagName === 'code' && hasClass(element, 'language-math'));
    expect(unrendered.map(textOf)).toEqual([]);
  });

  it('wraps every table in a labelled region that scrolls and takes focus', () => {
    const tables = tagged('table');
    expect(tables.length).toBe([...source.matchAll(WRITTEN.table)].length);
    const wrappers = body.filter((element) => hasClass(element, 'table-scroll'));
    expect(wrappers.length).toBe(tables.length);
    for (const wrapper of wrappers) {
      expect(attr(wrapper, 'tabindex')).toBe('0');
      expect(attr(wrapper, 'aria-label')).toBeTruthy();
      expect(elements(wrapper).filter((element) => element.tagName === 'table')).toHaveLength(1);
    }
  });
});

// The checks above compare each post with its source, so a feature no published post uses
// would pass them with nothing to check: the archive must use each at least once.
describe('the published archive', () => {
  it('sets a formula inside a sentence somewhere, so the MathML check has something to check', () => {
    const inline = posts.flatMap(({ body }) =>
      body.filter((element) => element.tagName === 'math' && attr(element, 'display') !== 'block'),
    );
    expect(inline.length).toBeGreaterThan(0);
  });

  it.each(Object.entries(WRITTEN))('uses %s somewhere, so its check has something to check', (_feature, pattern) => {
    expect(posts.some(({ source }) => [...source.matchAll(pattern)].length > 0)).toBe(true);
  });
});
