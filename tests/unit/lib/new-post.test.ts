import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { rawDateFields } from '../../../src/loaders/front-matter';
import { newPost } from '../../../src/lib/new-post';
import { postSchema } from '../../../src/lib/post-schema';

const NOW = new Date('2026-11-24T23:30:00Z');

describe('newPost', () => {
  it('writes a draft dated today in the site timezone, its slug from the title', () => {
    const post = newPost('  Raft in Practice: Snapshots & Logs ', NOW, 'Europe/Amsterdam');
    expect(post.slug).toBe('raft-in-practice-snapshots-logs');
    expect(post.fileName).toBe('raft-in-practice-snapshots-logs.md');
    expect(post.source).toContain('date: 2026-11-25');
    expect(post.source).toContain('draft: true');
  });

  it('has front matter the collection schema accepts, whatever the title', () => {
    const title = 'Quotes " and \\ backslashes: <script> & 日本語';
    const { source } = newPost(title, NOW, 'UTC');
    const block = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
    const data = { ...(yaml.load(block) as object), ...rawDateFields(source) };
    const parsed = postSchema('UTC').parse(data);
    expect(parsed.title).toBe(title);
    expect(parsed.draft).toBe(true);
  });

  it('refuses a title with nothing to make a slug of', () => {
    expect(() => newPost('  ', NOW, 'UTC')).toThrow(/needs a title/);
    expect(() => newPost('!!!', NOW, 'UTC')).toThrow(/needs a title/);
  });
});
