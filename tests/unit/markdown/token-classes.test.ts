import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { codeThemes } from '../../../src/markdown/code-themes';
import { tokenClasses, tokenClassesCss, tokenClassMap } from '../../../src/markdown/token-classes';

const classes = tokenClassMap(codeThemes);

async function highlight(code: string, lang: string): Promise<string> {
  return codeToHtml(code, {
    lang,
    themes: { light: codeThemes.light, dark: codeThemes.dark },
    defaultColor: false,
    transformers: [tokenClasses(classes)],
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
    const names = [...html.matchAll(/class="([^"]*)"/g)].flatMap(([, list]) => list?.split(' ') ?? []);
    const tokenNames = names.filter((name) => /^t\d+$/.test(name));
    expect(tokenNames.length).toBeGreaterThan(0);
    for (const name of tokenNames) expect(css).toContain(`.${name}{`);
  });

  it('gives each declaration one short class, with its rule in the stylesheet', () => {
    const light = classes.get('--shiki-light:#cf222e');
    const darkItalic = classes.get('--shiki-dark-font-style:italic');
    expect(light).toMatch(/^t\d+$/);
    expect(darkItalic).toMatch(/^t\d+$/);
    expect(light).not.toBe(darkItalic);
    const css = tokenClassesCss(codeThemes);
    expect(css).toContain(`.${light}{--shiki-light:#cf222e}`);
    expect(css).toContain(`.${darkItalic}{--shiki-dark-font-style:italic}`);
  });

  it('drops the <span> of a token drawn in its block’s own colours, and keeps the text', async () => {
    const code = 'const total = count + 1;';
    const html = await highlight(code, 'ts');
    const fg = [classes.get('--shiki-light:#1f2328'), classes.get('--shiki-dark:#e6edf3')].join(' ');
    // The block carries the default colours; no token repeats them, while coloured tokens keep theirs.
    expect(html).toMatch(new RegExp(`<pre class="[^"]*${fg}[^"]*"`));
    expect(html).not.toContain(`<span class="${fg}">`);
    expect(html).toMatch(/<span class="t\d+ t\d+">const<\/span>/);
    const line = /<span class="line">(.*?)<\/span>$/m.exec(html.replace(/<\/code><\/pre>$/, ''))?.[1] ?? '';
    expect(line.replace(/<[^>]+>/g, '')).toBe(code);
  });

  it('fails loudly on a colour no rule covers, rather than dropping it', async () => {
    await expect(
      codeToHtml('let a = 1', {
        lang: 'js',
        themes: { light: codeThemes.light, dark: codeThemes.dark },
        defaultColor: false,
        transformers: [tokenClasses(new Map())],
      }),
    ).rejects.toThrow(/no rule in tokenClassesCss\(\) covers/);
  });
});
