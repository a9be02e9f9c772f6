import { describe, expect, it } from 'vitest';
import { postSchema } from '../../../src/lib/post-schema';
import { describeInvalidPosts, describeUnrenderedPosts } from '../../../src/loaders/invalid-posts';

const schema = postSchema('Europe/Amsterdam');

/** The issues the real schema finds in some front matter. */
function issuesOf(frontMatter: Record<string, unknown>) {
  const result = schema.safeParse(frontMatter);
  if (result.success) throw new Error('expected the front matter to be refused');
  return result.error.issues;
}

const valid = { title: 'T', description: 'D', date: '2024-01-02' };

describe('describeInvalidPosts', () => {
  it('lists every invalid post by file, sorted, with its field messages', () => {
    const message = describeInvalidPosts([
      { file: 'content/posts/zeta.md', issues: issuesOf({ title: 'T', date: '2024-01-02' }) },
      {
        file: 'content/posts/alpha/index.mdx',
        issues: issuesOf({ description: 'D', date: '2024-01-02', draft: 'yes' }),
      },
    ]);
    expect(message).toMatchInlineSnapshot(`
      "2 posts have invalid front matter:

      content/posts/alpha/index.mdx
        title: missing; expected a title
        draft: expected true or false, found "yes"

      content/posts/zeta.md
        description: missing; expected a one-sentence description
      "
    `);
  });

  it('names an item of a list by its position, and an issue about the whole front matter without a field', () => {
    const message = describeInvalidPosts([
      { file: 'a.md', issues: issuesOf({ ...valid, tags: ['go', '!!'], tag: 'x' }) },
    ]);
    expect(message).toContain('a.md\n');
    expect(message).toContain('\n  tags[1]: expected a tag with at least one letter or digit');
    expect(message).toContain('\n  unknown field "tag"; the fields are title, description, date');
  });
});

describe('describeUnrenderedPosts', () => {
  it('lists each post that failed to render, sorted', () => {
    expect(describeUnrenderedPosts(['z.md: bad fence', 'a/index.md: missing image'])).toBe(
      '2 posts could not be rendered:\n\n  a/index.md: missing image\n  z.md: bad fence\n',
    );
  });
});
