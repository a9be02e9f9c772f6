import { describe, expect, it } from 'vitest';
import { describeInvalidPosts, describeUnrenderedPosts } from '../../../src/loaders/invalid-posts';

// The shape of Astro's InvalidContentEntryDataError message.
const astroError = (id: string, ...fields: string[]) =>
  new Error(
    `**posts → ${id}** data does not match collection schema.\n\n${fields.map((f) => `  **${f}`).join('\n')}\n`,
  );

describe('describeInvalidPosts', () => {
  it('lists every invalid post by file, sorted, with its field messages', () => {
    const message = describeInvalidPosts([
      { file: 'content/posts/zeta.md', error: astroError('zeta', 'date**: missing; expected a date') },
      {
        file: 'content/posts/alpha/index.mdx',
        error: astroError(
          'alpha',
          'title**: missing; expected a title',
          'draft**: expected true or false, found "yes"',
        ),
      },
    ]);
    expect(message).toMatchInlineSnapshot(`
      "2 posts have invalid front matter:

      content/posts/alpha/index.mdx
        title: missing; expected a title
        draft: expected true or false, found "yes"

      content/posts/zeta.md
        date: missing; expected a date
      "
    `);
  });

  it('drops the empty path Astro prints for an issue about the whole entry', () => {
    const message = describeInvalidPosts([{ file: 'a.md', error: astroError('a', ': unknown field "tag"') }]);
    expect(message).toContain('a.md\n  unknown field "tag"\n');
  });

  it('keeps a message that does not have Astro’s shape', () => {
    expect(describeInvalidPosts([{ file: 'a.md', error: 'something odd' }])).toBe(
      '1 post has invalid front matter:\n\na.md\n  something odd\n',
    );
  });
});

describe('describeUnrenderedPosts', () => {
  it('lists each post that failed to render, sorted', () => {
    expect(describeUnrenderedPosts(['z.md: bad fence', 'a/index.md: missing image'])).toBe(
      '2 posts could not be rendered:\n\n  a/index.md: missing image\n  z.md: bad fence\n',
    );
  });
});
