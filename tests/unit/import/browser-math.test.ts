import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asksForMath, dollarMath, siteLoadsBrowserMath, type MathDelimiters } from '../../../src/import/browser-math';
import { importSite } from '../../../src/import/import-site';
import { mathHtml } from '../markdown/post-markdown';

const body = (markdown: string) => dollarMath(markdown).body;
const HUGO_PASSTHROUGH: MathDelimiters = { inline: [['\\(', '\\)']], block: [['\\[', '\\]']], escaped: false };

describe('math written for MathJax or KaTeX', () => {
  it('becomes $…$ inline, with the Markdown escapes inside undone', () => {
    expect(body('maximize \\\\( \\sum\\_i \\log p(y\\_i \\mid x\\_i) \\\\) over \\\\(\\theta\\\\).')).toBe(
      'maximize $\\sum_i \\log p(y_i \\mid x_i)$ over $\\theta$.',
    );
    // An escaped backslash is a TeX line break, an escaped brace a literal brace.
    expect(body('\\\\(a \\\\\\\\ b \\\\{c\\\\}\\\\)')).toBe('$a \\\\ b \\{c\\}$');
  });

  it('becomes a $$ block when it has its lines to itself, in a quote too', () => {
    expect(body('We have:\n\n\\\\[\nE = mc^2\n\\\\]\n\nso.')).toBe('We have:\n\n$$\nE = mc^2\n$$\n\nso.');
    expect(body('> \\\\[ a^2 + b^2 \\\\]\n')).toBe('> $$\n> a^2 + b^2\n> $$\n');
  });

  it('stays inline, as $$…$$, when it sits inside a sentence', () => {
    expect(body('Then \\\\[x = 1\\\\] holds.')).toBe('Then $$x = 1$$ holds.');
  });

  it('is fenced with $$ where a lone $ would end it early or read as a price', () => {
    expect(body('\\\\(x\\\\)2')).toBe('$$x$$2');
    const raw = (markdown: string) => dollarMath(markdown, HUGO_PASSTHROUGH).body;
    expect(raw('\\(1.2\\$/\\mathrm{kg}\\)')).toBe('$$1.2\\$/\\mathrm{kg}$$');
    expect(raw('\\(\\text{for $x$}\\)')).toBe('$$\\text{for $x$}$$');
    // A control space at the end is TeX, not padding.
    expect(raw('\\(a \\ldots\\ \\) b')).toBe('$$a \\ldots\\ $$ b');
  });

  it('leaves code, and delimiters a blank line apart, as they were', () => {
    const untouched = 'Use `\\\\(x\\\\)` in MathJax.\n\n```tex\n\\\\[ y \\\\]\n```\n\nOpen \\\\(\n\nclose \\\\).\n';
    expect(dollarMath(untouched)).toEqual({ body: untouched, converted: 0 });
  });

  it('gives what the post renders as MathML, in the sentence and as a display', () => {
    const html = mathHtml(body('Let \\\\(x\\_i\\\\) be.\n\n\\\\[\n\\sum\\_i x\\_i\\\\]\n\nCost \\\\(n\\\\)2 steps.\n'));
    expect(html).not.toContain('\\(');
    expect(html).not.toContain('\\[');
    expect(html.match(/<math/g)).toHaveLength(3);
    expect(html).toMatch(/<div class="wide-scroll math-display"[^>]*><math[^>]*display="block"/);
    const dollars = dollarMath('\\(1.2\\$\\), \\(\\text{for $x$}\\) and \\(a\\ \\) cost.', HUGO_PASSTHROUGH);
    expect(mathHtml(dollars.body).match(/<math/g)).toHaveLength(3);
  });
});

describe('which posts have such math', () => {
  it('a post whose front matter asks its theme for math', () => {
    expect(asksForMath({ mathjax: true })).toBe(true);
    expect(asksForMath({ math: 'true' })).toBe(true);
    expect(asksForMath({ extra: { katex: true } })).toBe(true);
    expect(asksForMath({ katex: false, title: 'x', extra: { toc: true } })).toBe(false);
  });

  it('every post of a site whose layouts load MathJax or KaTeX', () => {
    const site = mkdtempSync(join(tmpdir(), 'browser-math-'));
    mkdirSync(join(site, '_includes'));
    writeFileSync(join(site, '_includes', 'head.html'), '<link rel="stylesheet" href="/main.css">');
    expect(siteLoadsBrowserMath(site, 'jekyll')).toBe(false);
    writeFileSync(join(site, '_includes', 'math.html'), '<script src="/js/katex/auto-render.min.js"></script>');
    expect(siteLoadsBrowserMath(site, 'jekyll')).toBe(true);
    expect(siteLoadsBrowserMath(site, 'hugo')).toBe(false);
  });

  it('are imported with their math in our form, and others as they were', () => {
    const site = mkdtempSync(join(tmpdir(), 'browser-math-site-'));
    writeFileSync(join(site, '_config.yml'), 'url: https://math.example\n');
    mkdirSync(join(site, '_posts'));
    const post = (flag: string) =>
      `---\ntitle: Gradients\n${flag}---\n\nThe gradient \\\\(\\nabla f\\\\) points uphill.\n`;
    writeFileSync(join(site, '_posts', '2016-05-31-with-math.md'), post('mathjax: true\n'));
    writeFileSync(join(site, '_posts', '2016-06-01-without.md'), post(''));
    const out = mkdtempSync(join(tmpdir(), 'browser-math-out-'));
    const report = importSite('jekyll', site, out);
    expect(readFileSync(join(out, 'content/posts/with-math.md'), 'utf8')).toContain('The gradient $\\nabla f$ points');
    expect(readFileSync(join(out, 'content/posts/without.md'), 'utf8')).toContain('The gradient \\\\(\\nabla f\\\\)');
    expect(report.mathConverted).toBe(1);
  });

  it('of a Hugo site with the passthrough extension, all of them, what it encloses kept as written', () => {
    const site = mkdtempSync(join(tmpdir(), 'browser-math-hugo-'));
    writeFileSync(
      join(site, 'hugo.toml'),
      [
        'baseURL = "https://hugo-math.example/"',
        '[markup.goldmark.extensions.passthrough]',
        'enable = true',
        "delimiters.block = [['\\[', '\\]'], ['$$', '$$']]",
        "delimiters.inline = [['\\(', '\\)']]",
        '',
      ].join('\n'),
    );
    mkdirSync(join(site, 'content', 'posts'), { recursive: true });
    writeFileSync(
      join(site, 'content', 'posts', 'norms.md'),
      '---\ntitle: Norms\ndate: 2024-03-01\n---\n\nThe norm \\(\\|x\\|_2\\) is:\n\n\\[\n\\sqrt{\\sum_i x_i^2}\n\\]\n\nAnd $$a^*$$ stays.\n',
    );
    const out = mkdtempSync(join(tmpdir(), 'browser-math-out-'));
    const report = importSite('hugo', site, out);
    expect(readFileSync(join(out, 'content/posts/norms.md'), 'utf8')).toContain(
      'The norm $\\|x\\|_2$ is:\n\n$$\n\\sqrt{\\sum_i x_i^2}\n$$\n\nAnd $$a^*$$ stays.',
    );
    expect(report.mathConverted).toBe(2);
  });
});
