import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isProseDollars } from '../../../src/markdown/tex';
import { mathHtml as html, mathOptions as options } from './post-markdown';

describe('isProseDollars', () => {
  it.each([
    ['$5 and $10', 0, 8, true],
    ['$ x $', 0, 5, true],
    ['$ 5 off, then x$', 0, 16, true],
    ['$x $', 0, 4, true],
    ['$x$5', 0, 3, true],
    ['$x$', 0, 3, false],
    ['$a^2$ wins', 0, 5, false],
    ['$$ x $$', 0, 7, false],
  ])('%j (%i–%i) is prose: %s', (source, start, end, expected) => {
    expect(isProseDollars(source, start, end)).toBe(expected);
  });
});

describe('math in Markdown', () => {
  it('renders inline math as MathML and leaves prices alone', () => {
    const out = html('It cost $5 and $10, an escaped \\$3, and $a^2 + b_{i}$ is math.');
    expect(out).toContain('It cost $5 and $10, an escaped $3, and <math');
    expect(out).toContain('<msup><mi>a</mi><mn>2</mn></msup>');
    expect(out).not.toContain('<code');
  });

  it('renders $$ blocks and math fences as display math with no style attributes', () => {
    const out = html('$$\n\\frac{a}{b}\n$$\n\n```math\nE = mc^2\n```\n');
    expect(out.match(/<math[^>]*display="block"/g)).toHaveLength(2);
    expect(out).toContain('<mfrac><mi>a</mi><mi>b</mi></mfrac>');
    expect(out).toContain('<annotation encoding="application/x-tex">E = mc^2</annotation>');
    expect(out).not.toMatch(/style=|<pre/);
  });

  it('lays out a $$ block as display math, where environments such as align are allowed', () => {
    const out = html('$$\n\\begin{align}\na &= b \\\\\nc &= d\n\\end{align}\n$$\n');
    expect(out.match(/<math[^>]*display="block"/g)).toHaveLength(1);
    expect(out).not.toContain('<code');
  });

  it('fails on bad TeX naming the file, the line and what KaTeX said', () => {
    expect(() => html('Intro\n\nThen $\\fracc{x}$.')).toThrow(
      /\/blog\/content\/posts\/p\.md:3: .*Undefined control sequence: \\fracc/,
    );
    expect(() => html('```math\n\\frac{a}{\n```\n')).toThrow(/p\.md:1: /);
  });

  it("names the line in the post's file when given its body alone, as Astro renders a stored post", () => {
    const body = 'First paragraph.\n\nThen $\\fracc{x}$ fails.';
    const file = join(mkdtempSync(join(tmpdir(), 'math-line-')), 'post.md');
    writeFileSync(file, `---\ntitle: "Bad TeX"\ndate: 2024-01-01\n---\n\n${body}\n`);
    expect(() => markdownToHtml(body, { ...options, fileURL: pathToFileURL(file) })).toThrow(/post\.md:8: /);
  });
});

describe('math in MDX', () => {
  it('compiles math to MathML elements, braces included', () => {
    const { code } = mdxToJs('Costs $5 and $10; $\\frac{a}{b}$.\n\n$$\n\\sqrt{x}\n$$\n', options);
    expect(code).toContain('"Costs $5 and $10; "');
    expect(code).toMatch(/"mfrac"/);
    expect(code).toMatch(/"msqrt"/);
  });
});
