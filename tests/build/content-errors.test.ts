import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, removeBuilds } from '../support/astro-build';

afterAll(removeBuilds);

describe('content the build cannot render fails it, naming the post', () => {
  it('a code fence in a language Shiki does not know', async () => {
    const { code, output } = await buildSite('tests/fixtures/unknown-code-language');
    expect(code).not.toBe(0);
    expect(output).toContain('1 post could not be rendered');
    expect(output).toContain(
      'tests/fixtures/unknown-code-language/conlang.md: a code fence names the language "klingon"',
    );
  });

  it('an image that is not beside the post', async () => {
    const { code, output } = await buildSite('tests/fixtures/missing-image');
    expect(code).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/missing-image/lost-figure/index.md: the image "./diagram.png" is missing (looked for tests/fixtures/missing-image/lost-figure/diagram.png)',
    );
  });
});

describe('an MDX post that imports a component this project does not have fails the build', () => {
  it('names the post and the import, and says what to do', async () => {
    const { code, output } = await buildSite('tests/fixtures/missing-component');
    expect(code).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/missing-component/embedded-gist.mdx imports "@/components/GistEmbed.astro", which is not in this project',
    );
    expect(output).toContain('Add the component to src/components/ and import it from there');
    expect(output).not.toContain('rolldownOptions.external');
  });
});

describe('a link in a post to a page that does not exist fails the build', () => {
  it('names the post and each broken link', async () => {
    const { code, output } = await buildSite('tests/fixtures/broken-post-link');
    expect(code).not.toBe(0);
    expect(output).toContain('Posts link to pages or images that do not exist');
    expect(output).toContain(
      'tests/fixtures/broken-post-link/dangling.md: /posts/no-such-post/ (nothing at /posts/no-such-post/)',
    );
    expect(output).toContain(
      'tests/fixtures/broken-post-link/dangling.md: ../valid/#no-such-section (no element with id "no-such-section")',
    );
    expect(output).not.toMatch(/dangling\.md: \.\.\/valid\/ /);
  });
});
