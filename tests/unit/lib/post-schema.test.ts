import { describe, expect, it } from 'vitest';
import { postSchema } from '../../../src/lib/post-schema';

// Built afresh for each check, so a test sees the schema as the code makes it now.
const schema = () => postSchema('UTC');
const valid = { title: 'A title', description: 'One sentence.', date: '2024-05-01' };

function issues(data: Record<string, unknown>): string[] {
  const result = schema().safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('postSchema', () => {
  it('fills in defaults for optional fields', () => {
    const result = schema().parse(valid);
    expect(result).toEqual({ ...valid, date: new Date('2024-05-01T00:00:00Z'), tags: [], draft: false, aliases: [] });
  });

  it('accepts every documented field', () => {
    const result = schema().parse({
      ...valid,
      updated: '2024-06-01T10:00:00+02:00',
      tags: ['go'],
      draft: true,
      series: 'Azure',
      aliases: ['/2019/09/30/some-post.html', '/old/path/'],
    });
    expect(result.updated).toEqual(new Date('2024-06-01T08:00:00Z'));
    expect(result.series).toBe('Azure');
    expect(result.aliases).toEqual(['/2019/09/30/some-post.html', '/old/path/']);
  });

  it('accepts an update on the very moment of publication', () => {
    expect(schema().parse({ ...valid, updated: valid.date }).updated).toEqual(new Date('2024-05-01T00:00:00Z'));
  });

  it.each([
    [{ title: undefined }, 'title: missing; expected a title'],
    [{ title: 42 }, 'title: expected a title, found 42'],
    [{ title: '   ' }, 'title: expected a title, found an empty value'],
    [{ description: '' }, 'description: expected a one-sentence description, found an empty value'],
    [{ date: undefined }, 'date: missing; expected a date written as YYYY-MM-DD'],
    [
      { date: '2024-02-30' },
      'date: "2024-02-30" is not a real date: 2024-02 has 29 days; expected a date written as YYYY-MM-DD',
    ],
    [
      { date: 2024 },
      'date: expected a date written as YYYY-MM-DD, optionally with a time (YYYY-MM-DDTHH:MM[:SS]) and an offset (Z, +01:00, -0700), found 2024',
    ],
    [{ tags: 'rust' }, 'tags: expected a list of tags, e.g. [rust, networking], found "rust"'],
    [{ tags: ['rust', '🚀'] }, 'tags.1: expected a tag with at least one letter or digit'],
    [{ draft: 'yes' }, 'draft: expected true or false, found "yes"'],
    [{ series: ' ' }, 'series: expected a series name, found an empty value'],
    [{ tags: ['  '] }, 'tags.0: expected a tag, found an empty value'],
    [{ updated: '2024-04-01' }, 'updated: expected the updated date to be on or after the published date'],
    [
      { tag: ['x'] },
      'unknown field "tag"; the fields are title, description, date, updated, tags, draft, series, aliases',
    ],
    [{ tag: ['x'], drafts: true }, 'unknown field "tag", "drafts"; the fields are'],
    [{ aliases: '/old/' }, 'aliases: expected a list of old site paths'],
    [{ aliases: ['old/post.html'] }, 'aliases.0: "old/post.html" does not start with a single "/"'],
    [{ aliases: ['/ok/', '//evil.example/x'] }, 'aliases.1: "//evil.example/x" does not start with a single "/"'],
    [{ aliases: ['https://old.example/x'] }, 'aliases.0: "https://old.example/x" does not start'],
    [
      { aliases: ['/a/../b'] },
      'aliases.0: "/a/../b" contains "." or ".." segments; expected a site path starting with "/"',
    ],
    [
      { aliases: [42] },
      'aliases.0: expected a site path starting with "/", such as /2019/09/30/some-post.html, found 42',
    ],
    [{ aliases: ['/a?p=1'] }, 'aliases.0: "/a?p=1" contains a space'],
    [{ aliases: ['/'] }, 'aliases.0: "/" is the home page'],
    [{ date: '2024-05-01T10:00:00+0200', updated: '2024-05-01T09:00:00+0200' }, 'updated: expected the updated date'],
  ])('refuses %o', (change, message) => {
    expect(issues({ ...valid, ...change }).join('\n')).toContain(message);
  });
});
