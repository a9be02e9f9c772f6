/**
 * TeX to MathML at build time, and the rule that keeps prices in prose out of
 * math. Pure functions: the Markdown plugin (math.ts) supplies the source.
 */
import katex from 'katex';
import { errorMessage } from '../lib/error-message.ts';

/**
 * Whether a `$…$` span the parser took for math is really prose, by the rule
 * Pandoc uses: the opening `$` must not be followed by a space, the closing
 * `$` must not follow a space nor be followed by a digit. So `$5 and $10`
 * stays text while `$x$` is math. `$$…$$` is always math.
 */
export function isProseDollars(source: string, start: number, end: number): boolean {
  const span = source.slice(start, end);
  if (span.startsWith('$$')) return false;
  const after = source.charAt(end);
  return /^\$\s/.test(span) || /\s\$$/.test(span) || /^\d/.test(after);
}

export interface TexError {
  /** KaTeX's own description of what is wrong. */
  message: string;
}

/**
 * Renders TeX as a MathML `<math>` element. `output: 'mathml'` gives plain
 * MathML with no style attributes and no stylesheet or fonts to load: every
 * current browser lays it out natively. Throws a TexError-shaped Error with
 * KaTeX's message on bad TeX.
 */
export function texToMathml(tex: string, display: boolean): string {
  try {
    const html = katex.renderToString(tex, {
      output: 'mathml',
      displayMode: display,
      throwOnError: true,
      // Commands such as \href could smuggle links and HTML into a post.
      trust: false,
      // KaTeX's strict-mode notices would print without saying which post they concern.
      strict: 'ignore',
    });
    // KaTeX wraps the <math> in a <span class="katex"> that only its stylesheet uses.
    const math = /<math[\s\S]*<\/math>/.exec(html);
    if (!math) throw new Error('KaTeX returned no <math> element');
    return math[0];
  } catch (error) {
    const message = errorMessage(error);
    throw new Error(message.replace(/^KaTeX parse error: /, ''), { cause: error });
  }
}
