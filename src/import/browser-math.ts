/**
 * Blogs that typeset math in the reader's browser, with MathJax or KaTeX's
 * auto-render, mark it with `\(…\)` and `\[…\]`. In Markdown those are written
 * `\\(…\\)` and `\\[…\\]` (one backslash would only escape the bracket), often
 * with Markdown's own characters inside escaped too (`x\_i`), so that the
 * Markdown engine leaves them alone. Our posts set math at build time from
 * `$…$` and `$$…$$` (src/markdown/math.ts), so an imported post would show
 * such math as raw TeX. This module writes it our way, for posts of sites
 * that load MathJax or KaTeX, and leaves code alone. Hugo's passthrough
 * extension hands the browser whatever its configured delimiters enclose,
 * unescaped (`\(x_i\)` in the Markdown); those pairs are converted the same way.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { escapeRegExp } from '../lib/regexp.ts';
import { editProse } from './code-spans.ts';
import { table } from './sources/common.ts';
import type { SourceKind } from './source.ts';
import { walkFiles } from './walk.ts';

/** Front-matter fields by which a post asks its theme for MathJax or KaTeX. */
const MATH_FIELDS = ['math', 'mathjax', 'katex', 'use_math', 'usemath'];

/** Where each kind of site names the scripts its pages load: config files, layouts, themes. */
const TEMPLATE_PLACES: Record<SourceKind, string[]> = {
  jekyll: ['_config.yml', '_config.yaml', '_layouts', '_includes'],
  hugo: ['hugo.toml', 'hugo.yaml', 'hugo.json', 'config.toml', 'config.yaml', 'config', 'layouts', 'themes'],
  zola: ['config.toml', 'templates', 'themes'],
  // remark-math with rehype-katex or rehype-mathjax shows in the config and the dependencies.
  astro: ['astro.config.mjs', 'astro.config.ts', 'astro.config.js', 'package.json', 'src/layouts', 'src/components'],
};

const TEMPLATE_FILE_RE = /\.(html?|liquid|toml|ya?ml|json|astro|[cm]?[jt]sx?|njk|hbs|tera)$/i;
/** Larger files are data or bundled libraries, not a site's own templates. */
const LARGEST_TEMPLATE = 256 * 1024;
const BROWSER_MATH_RE = /mathjax|katex/i;

/** Whether the front matter, or Zola's `[extra]` table in it, turns one of those fields on. */
export function asksForMath(data: Record<string, unknown>): boolean {
  const extra = table(data.extra);
  return MATH_FIELDS.some((field) =>
    [data[field], extra[field]].some(
      (value) => value === true || (typeof value === 'string' && /^(true|yes|on)$/i.test(value.trim())),
    ),
  );
}

/** Whether the site's config or templates mention MathJax or KaTeX. */
export function siteLoadsBrowserMath(root: string, kind: SourceKind): boolean {
  const mentions = (file: string) =>
    TEMPLATE_FILE_RE.test(file) &&
    statSync(file).size <= LARGEST_TEMPLATE &&
    BROWSER_MATH_RE.test(readFileSync(file, 'utf8'));
  return TEMPLATE_PLACES[kind].some((place) => {
    const path = join(root, place);
    if (!existsSync(path)) return false;
    if (statSync(path).isFile()) return mentions(path);
    return walkFiles(path, root).files.some((file) => mentions(join(path, file)));
  });
}

/** What the browser saw between the delimiters: Markdown's backslash escapes undone, as CommonMark does. */
function unescaped(tex: string): string {
  return tex.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

export type DelimiterPair = [open: string, close: string];

/** How a site marks math for the browser, and whether Markdown has escaped what is inside. */
export interface MathDelimiters {
  inline: DelimiterPair[];
  block: DelimiterPair[];
  /** True when the Markdown engine processed the math (its escapes are undone); false for Hugo's passthrough. */
  escaped: boolean;
}

/** MathJax's and KaTeX's own delimiters, `\\(…\\)` and `\\[…\\]`, as written in Markdown. */
export const MATHJAX_IN_MARKDOWN: MathDelimiters = {
  inline: [['\\\\(', '\\\\)']],
  block: [['\\\\[', '\\\\]']],
  escaped: true,
};

/** Pairs that are ours already, `$…$` and `$$…$$`, are left to our parser. */
const isOurs = ([open, close]: DelimiterPair) => open === close && /^\$\$?$/.test(open);
const pairsRe = (pairs: DelimiterPair[]) =>
  pairs
    .filter((pair) => !isOurs(pair))
    .map(([open, close]) => new RegExp(`${escapeRegExp(open)}([\\s\\S]+?)${escapeRegExp(close)}`, 'g'));

/** A blank line ends a paragraph: delimiters on either side of one are not a pair. */
const PARAGRAPH_BREAK_RE = /\n[ \t>]*\n/;
/** What may stand before display math on its line: indentation and blockquote markers. */
const LINE_PREFIX_RE = /(?:^|\n)([ \t>]*)$/;

/** `$$…$$` within a line, always math; spaced off when the TeX starts or ends with `$`, which would lengthen the fence. */
const inLine = (math: string) => (/^\$|\$$/.test(math) ? `$$ ${math} $$` : `$$${math}$$`);

/**
 * Inline math becomes `$…$`, and display math a `$$` block when it has its
 * lines to itself (else `$$…$$` in the line, set inline). Gives the count converted.
 */
export function dollarMath(
  markdown: string,
  delimiters: MathDelimiters = MATHJAX_IN_MARKDOWN,
): { body: string; converted: number } {
  let converted = 0;
  // Trailing space is kept after a backslash: `\ ` is TeX's control space.
  const tex = (text: string) => (delimiters.escaped ? unescaped(text) : text).replace(/^\s+|(?<!\\)\s+$/g, '');
  const convert =
    (write: (math: string, pair: string, at: number, whole: string) => string) =>
    (pair: string, inside: string, at: number, whole: string) => {
      const math = tex(inside);
      if (PARAGRAPH_BREAK_RE.test(inside) || math === '') return pair;
      converted++;
      return write(math, pair, at, whole);
    };
  const display = convert((math, pair, at, whole) => {
    const prefix = LINE_PREFIX_RE.exec(whole.slice(0, at))?.[1];
    const ownLines = prefix !== undefined && /^[ \t]*(?:\n|$)/.test(whole.slice(at + pair.length));
    return ownLines ? `$$\n${prefix}${math}\n${prefix}$$` : inLine(math);
  });
  const inline = convert((math, pair, at, whole) => {
    // A lone `$` closes no math after a space or before a digit (the rule that keeps prices text), and
    // a `$` of the TeX itself (`\$`, `\text{for $x$}`) would close it early; `$$` has neither problem.
    const lone = !math.includes('$') && !/\s$/.test(math) && !/^\d/.test(whole.charAt(at + pair.length));
    return lone ? `$${math}$` : inLine(math);
  });
  const body = editProse(markdown, (prose) => {
    let text = prose;
    for (const re of pairsRe(delimiters.block)) text = text.replace(re, display);
    for (const re of pairsRe(delimiters.inline)) text = text.replace(re, inline);
    return text;
  });
  return { body, converted };
}
