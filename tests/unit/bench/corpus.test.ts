import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { postSchema } from '../../../src/lib/post-schema';
import { proseWordCount } from '../../../src/lib/reading-time';
import { CODE_LANGUAGES, CODE_LINES, CORPUS_TAGS, generateCorpus, PROSE_WORDS, writeCorpus } from '../../bench/corpus';

const corpus = generateCorpus(200);

function split(source: string): { frontMatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no front matter');
  return { frontMatter: yaml.load(match[1] ?? '', { schema: yaml.CORE_SCHEMA }), body: match[2] ?? '' };
}

function fences(body: string): { language: string; lines: number }[] {
  return [...body.matchAll(/^```(\w+)\n([\s\S]*?)\n```$/gm)].map(([, language = '', code = '']) => ({
    language,
    lines: code.split('\n').length,
  }));
}

describe('generateCorpus', () => {
  it('gives the same posts for the same seed, and other posts for another seed', () => {
    expect(generateCorpus(50)).toEqual(corpus.slice(0, 50));
    expect(generateCorpus(5, 7)).toEqual(generateCorpus(5, 7));
    expect(generateCorpus(5, 7)).not.toEqual(generateCorpus(5));
  });

  it('names posts with unique, ordered slugs', () => {
    const slugs = corpus.map((post) => post.slug);
    expect(new Set(slugs).size).toBe(corpus.length);
    expect(slugs.slice(0, 2)).toEqual(['bench-post-0001', 'bench-post-0002']);
  });

  it('writes front matter the post schema accepts, with every required field', () => {
    const schema = postSchema('Europe/Amsterdam');
    for (const { source } of corpus) {
      const { frontMatter } = split(source);
      const { title, description, date, tags, draft } = frontMatter as Record<string, unknown>;
      expect(title).toMatch(/^[A-Z]\S* \S/);
      expect(description).toMatch(/^[A-Z][^.!?]*\.$/);
      expect(date).toMatch(/^(201[2-9]|202[0-6])-\d{2}-\d{2}$/);
      expect(draft).toBe(false);
      expect(Array.isArray(tags)).toBe(true);
      const tagList = tags as unknown[];
      expect(tagList.length).toBeGreaterThanOrEqual(1);
      expect(tagList.length).toBeLessThanOrEqual(4);
      expect(new Set(tagList).size).toBe(tagList.length);
      for (const tag of tagList) expect(CORPUS_TAGS).toContain(tag);
      expect(schema.safeParse(frontMatter).success).toBe(true);
    }
  });

  it('spreads dates over enough years for year grouping to matter', () => {
    const years = new Set(corpus.map(({ source }) => (split(source).frontMatter as { date: string }).date.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(12);
  });

  it(`keeps every body between ${PROSE_WORDS.min} and ${PROSE_WORDS.max} words of prose`, () => {
    for (const { source } of corpus) {
      const words = proseWordCount(split(source).body);
      expect(words).toBeGreaterThanOrEqual(PROSE_WORDS.min);
      expect(words).toBeLessThanOrEqual(PROSE_WORDS.max);
    }
  });

  it('gives every post sections, lists, a table, a quote and code in at least two languages', () => {
    for (const { source } of corpus) {
      const { body } = split(source);
      const sections = body.match(/^## \S/gm) ?? [];
      expect(sections.length).toBeGreaterThanOrEqual(3);
      expect(sections.length).toBeLessThanOrEqual(6);
      expect(body).toMatch(/^- \S/m);
      expect(body).toMatch(/^1\. \S/m);
      expect(body).toMatch(/^\|.*\|\n\|(?: *-+:? *\|)+$/m);
      expect(body).toMatch(/^> (?!\[!)\S/m);

      const code = fences(body);
      expect(code.length).toBeGreaterThanOrEqual(2);
      expect(code.length).toBeLessThanOrEqual(4);
      expect(new Set(code.map((fence) => fence.language)).size).toBeGreaterThanOrEqual(2);
      for (const { language, lines } of code) {
        expect(CODE_LANGUAGES).toContain(language);
        expect(lines).toBeGreaterThanOrEqual(CODE_LINES.min);
        expect(lines).toBeLessThanOrEqual(CODE_LINES.max);
      }
    }
  });

  it('uses every code language somewhere in the corpus', () => {
    const used = new Set(corpus.flatMap(({ source }) => fences(source).map((fence) => fence.language)));
    expect([...used].sort()).toEqual([...CODE_LANGUAGES].sort());
  });
});

describe('writeCorpus', () => {
  it('writes one Markdown file per post, named after its slug', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
    try {
      writeCorpus(dir, 3, 9);
      const expected = generateCorpus(3, 9);
      expect(readdirSync(dir).sort()).toEqual(expected.map((post) => `${post.slug}.md`));
      for (const post of expected) expect(readFileSync(join(dir, `${post.slug}.md`), 'utf8')).toBe(post.source);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
