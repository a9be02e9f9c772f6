import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/astro-build';

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
