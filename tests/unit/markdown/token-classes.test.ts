import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { codeThemes } from '../../../src/markdown/code-themes';
import { tokenClass, tokenClasses, tokenClassesCss, tokenClassNames } from '../../../src/markdown/token-classes';

const known = tokenClassNames(codeThemes);

async function highlight(code: string, lang: string): Promise<string> {
  return codeToHtml(code, {
    lang,
    themes: { light: codeThemes.light, dark: codeThemes.dark },
    defaultColor: false,
    transformers: [tokenClasses(known)],
  });
}

describe('Shiki colours as classes', () => {
  it.each([
    ['ts', 'export const answer: number = 42; // a comment\n/** @param x doc */'],
    ['markdown', '# Title\n\n*italic* **bold** ~~gone~~ [link](https://x.example)'],
    ['diff', '- old line\n+ new line'],
    ['python', 'def f(x):\n    """doc"""\n    return x  # note'],
  ])('leaves no style attribute in %s code, and every class has a rule', async (lang, code) => {
    const html = await highlight(code, lang);
    expect(html).not.toContain('style=');
    const css = tokenClassesCss(codeThemes);
    for (const [, name] of html.matchAll(/\b(sk-[a-z0-9-]+)/g)) expect(css).toContain(`.${name}{`);
  });

  it('names a class after the declaration it stands for', () => {
    expect(tokenClass('--shiki-light', '#CF222E')).toBe('sk-light-cf222e');
    expect(tokenClass('--shiki-dark-font-style', 'italic')).toBe('sk-dark-font-style-italic');
    expect(tokenClassesCss(codeThemes)).toContain('.sk-light-cf222e{--shiki-light:#cf222e}');
  });

  it('fails loudly on a colour no rule covers, rather than dropping it', async () => {
    await expect(
      codeToHtml('let a = 1', {
        lang: 'js',
        themes: { light: codeThemes.light, dark: codeThemes.dark },
        defaultColor: false,
        transformers: [tokenClasses(new Set())],
      }),
    ).rejects.toThrow(/no rule in tokenClassesCss\(\) covers/);
  });
});
