import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { isProseDollars } from './tex.ts';

/** The property that carries a node's source line from the Markdown tree to the HTML tree. */
export const LINE_PROPERTY = 'dataSourceLine';

/** Reads the line a node came from, as sourceLines left it. */
export function sourceLine(properties: Record<string, unknown>): number | undefined {
  const value = properties[LINE_PROPERTY];
  return typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : undefined;
}

/** How many lines of `file` come before `body` (Astro trims it), when the file holds it; 0 when it cannot tell. */
function linesAboveBody(file: string, body: string): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return 0;
  }
  const at = text.lastIndexOf(body);
  return at < 0 ? 0 : text.slice(0, at).split('\n').length - 1;
}

/**
 * Where in a post an error is, as a message names it: the file, and the line in that file when
 * known. Astro renders a stored post from its body alone, so there a node's line counts from the
 * end of the front matter; the lines above the body are added back, for a line the author can go to.
 */
export function placeInPost(
  ctx: { readonly fileURL?: URL | undefined; readonly source: string },
  line?: number,
): string {
  if (!ctx.fileURL) return 'a post';
  const file = fileURLToPath(ctx.fileURL);
  return line === undefined ? file : `${file}:${line + linesAboveBody(file, ctx.source)}`;
}

/** Where a node stands in the Markdown, as [start, end) offsets, when the parser kept positions. */
export function sourceSpan(node: {
  position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
}): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

function withLine(node: { data?: unknown; position?: { start: { line: number } } | undefined }) {
  const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
  return { ...data, hProperties: { ...data.hProperties, [LINE_PROPERTY]: node.position?.start.line } };
}

const plugin = defineMdastPlugin({
  name: 'source-lines',
  // The raw-HTML reparse (features.rawHtml) drops positions from the HTML tree, so they are read here.
  options: { position: true },
  inlineMath(node, ctx) {
    const span = sourceSpan(node);
    if (span && isProseDollars(ctx.source, ...span)) return { type: 'text', value: ctx.source.slice(...span) };
    ctx.setProperty(node, 'data', withLine(node));
    return undefined;
  },
  math(node, ctx) {
    ctx.setProperty(node, 'data', withLine(node));
  },
  code(node, ctx) {
    if (node.lang === 'math' || node.lang === 'mermaid') ctx.setProperty(node, 'data', withLine(node));
  },
});

/**
 * Before the HTML tree exists: turns `$…$` that is really prose (`$5 and
 * $10`) back into text, and marks math and diagrams with the line they start
 * on, so math.ts and diagrams.ts can name it in a build error. Posts with no
 * `$`, "math" or "mermaid" skip it, and with it the cost of tracking positions.
 */
export function sourceLines(ctx: { source: string }) {
  return /\$|math|mermaid/.test(ctx.source) ? plugin : null;
}
