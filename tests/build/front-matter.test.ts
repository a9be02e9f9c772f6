import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, removeBuilds } from '../support/astro-build';

afterAll(removeBuilds);

const FIXTURES = 'tests/fixtures/front-matter';

describe('a post with wrong front matter fails `astro build`, naming the file and the field', () => {
  it.each([
    ['missing-title', 'untitled.md', 'title: missing; expected a title'],
    ['empty-title', 'blank.md', 'title: expected a title, found an empty value'],
    ['impossible-date', 'leap.md', 'date: "2024-02-30" is not a real date: 2024-02 has 29 days'],
    ['impossible-timestamp', 'jekyll.md', 'date: "2016-09-31 11:10:38 -0700" is not a real date: 2016-09 has 30 days'],
    ['unparseable-date', 'someday.md', 'date: "next tuesday" is not a date written as YYYY-MM-DD'],
    ['wrong-type', 'typed.md', 'draft: expected true or false, found "yes"'],
    [
      'unknown-field',
      'typo.md',
      'unknown field "tag"; the fields are title, description, date, updated, tags, draft, series, aliases',
    ],
  ])('%s', async (fixture, file, field) => {
    const { code, output } = await buildSite(`${FIXTURES}/${fixture}`);
    expect(code).not.toBe(0);
    expect(output).toContain(`1 post has invalid front matter:\n\n${FIXTURES}/${fixture}/${file}\n  ${field}`);
    expect(output).not.toContain('valid.md');
    expect(output).not.toContain('timestamps.md');
  });

  it('reports every invalid post at once, not only the first', async () => {
    const { code, output } = await buildSite(`${FIXTURES}/several-invalid`);
    expect(code).not.toBe(0);
    expect(output).toContain('2 posts have invalid front matter');
    expect(output).toContain(
      `${FIXTURES}/several-invalid/first.md\n  description: expected a one-sentence description, found an empty value`,
    );
    expect(output).toContain(`${FIXTURES}/several-invalid/second.mdx\n  date: "2023-02-29" is not a real date`);
  });

  it('refuses two posts with the same slug, naming both files', async () => {
    const { code, output } = await buildSite(`${FIXTURES}/duplicate-slug`);
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /Two posts have the slug "twin": tests\/fixtures\/front-matter\/duplicate-slug\/(twin\.md and .*twin\/index\.md|twin\/index\.md and .*twin\.md)/,
    );
  });
});
