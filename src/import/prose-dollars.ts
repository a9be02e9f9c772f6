/**
 * Our posts set `$…$` and `$$…$$` as math (src/markdown/math.ts). A site that
 * never set math showed a dollar as a dollar, and its posts can hold pairs our
 * parser would take for math: shell variables in prose (`mkdir $HOME/go` then
 * `GOPATH=$HOME/go`), amounts. Such a post would fail the build on TeX its
 * author never wrote. For those sites the importer escapes the dollars that
 * open and close every span our parser would set as math, so the text reads as
 * it did. The spans are found by the same parser and rule the build uses.
 */
import { defineMdastPlugin, markdownToHtml } from 'satteri';
import { sourceSpan } from '../markdown/source-lines.ts';
import { isProseDollars } from '../markdown/tex.ts';

/** Where the parser finds math in `markdown`: [start, end) offsets of each span, fences included. */
function mathSpans(markdown: string): [number, number][] {
  const spans: [number, number][] = [];
  const collect = defineMdastPlugin({
    name: 'math-spans',
    options: { position: true },
    inlineMath(node, ctx) {
      const span = sourceSpan(node);
      // Dollars the build reads as prose (src/markdown/source-lines.ts) are no math to escape.
      if (span && !isProseDollars(ctx.source, ...span)) spans.push(span);
      return undefined;
    },
    math(node) {
      const span = sourceSpan(node);
      if (span) spans.push(span);
      return undefined;
    },
  });
  markdownToHtml(markdown, { features: { math: true, rawHtml: true }, mdastPlugins: [collect] });
  return spans;
}

/** The Markdown with the fences of every math span escaped; gives how many spans there were. */
export function dollarsAsText(markdown: string): { body: string; escaped: number } {
  const spans = mathSpans(markdown);
  let body = markdown;
  // From the end, so that the offsets of the spans before stay right.
  for (const [start, end] of [...spans].sort(([a], [b]) => b - a)) {
    const span = body.slice(start, end);
    const opening = /^\$+/.exec(span)?.[0] ?? '';
    const closing = /\$+(?=\s*$)/.exec(span.slice(opening.length));
    const escape = (dollars: string) => dollars.replace(/\$/g, '\\$');
    const rest = span.slice(opening.length);
    const written = closing
      ? `${rest.slice(0, closing.index)}${escape(closing[0])}${rest.slice(closing.index + closing[0].length)}`
      : rest;
    body = `${body.slice(0, start)}${escape(opening)}${written}${body.slice(end)}`;
  }
  return { body, escaped: spans.length };
}
