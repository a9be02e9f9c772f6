import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import { findDiagramMistake, readDiagramSource } from './diagram-source';
import { placeInPost, sourceLine } from './source-lines';
import { diagramDigest, drawDiagram, type DiagramLabels } from './diagram-svg';
import { errorMessage } from '../lib/error-message';

/** Part of the cache key, so upgrading the renderer redraws every diagram. (Its exports hide package.json.) */
const rendererVersion = (
  JSON.parse(readFileSync(join(process.cwd(), 'node_modules/beautiful-mermaid/package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** Drawings are kept in Astro's cache folder (astro.config.mjs), which CI restores between deploys. */
const cacheDir = join(process.env.ASTRO_CACHE_DIR ?? '.cache/astro', 'diagrams');
const drawn = new Map<string, string>();

function cachedDrawing(body: string, labels: DiagramLabels): string {
  const digest = diagramDigest(body, labels, rendererVersion);
  const remembered = drawn.get(digest);
  if (remembered !== undefined) return remembered;
  const file = join(cacheDir, `${digest}.svg`);
  let svg: string;
  try {
    svg = readFileSync(file, 'utf8');
  } catch {
    // Ids are derived from the digest, so the same drawing is the same bytes wherever it appears.
    svg = drawDiagram(body, labels, `d${digest.slice(0, 8)}-`).svg;
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(file, svg);
  }
  drawn.set(digest, svg);
  return svg;
}

function fenceTitle(meta: unknown): string | undefined {
  if (typeof meta !== 'string') return undefined;
  const match = /title=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(meta);
  const title = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim();
  return title === '' ? undefined : title;
}

function element(tagName: string, properties: Element['properties'], children: Element['children']): Element {
  return { type: 'element', tagName, properties, children };
}

function fail(ctx: HastVisitorContext, line: number | undefined, message: string): never {
  throw new Error(`${placeInPost(ctx, line)}: this Mermaid diagram does not parse: ${message}`);
}

function figure(pre: Element, code: Element, ctx: HastVisitorContext) {
  const source = ctx.textContent(code).replace(/\n$/, '');
  // The fence's first content line is one below the ``` line.
  const fenceLine = sourceLine(pre.properties) ?? sourceLine(code.properties);
  const at = (line: number) => (fenceLine === undefined ? undefined : fenceLine + line);
  const { body, title, description } = readDiagramSource(source);
  const mistake = findDiagramMistake(body);
  if (mistake) fail(ctx, at(mistake.line), mistake.message);
  // The meta is on <pre> as data-meta when raw HTML was reparsed (contain-post-html.ts), else on the code's data.
  const caption = title ?? fenceTitle(pre.properties.dataMeta ?? (code.data as { meta?: unknown } | undefined)?.meta);
  let svg: string;
  try {
    svg = cachedDrawing(body, { title: caption ?? 'Diagram', description });
  } catch (error) {
    fail(ctx, fenceLine, errorMessage(error));
  }
  const drawing = fromHtml(svg, { fragment: true }).children.find(
    (child): child is Element => child.type === 'element',
  );
  if (!drawing) fail(ctx, fenceLine, 'the drawing has no <svg>');
  const result = element('figure', { className: ['diagram'] }, [
    // A wide diagram scrolls sideways inside the column instead of widening the page.
    element('div', { className: ['wide-scroll'], tabIndex: 0, role: 'group', ariaLabel: caption ?? 'Diagram' }, [
      drawing,
    ]),
    element('details', {}, [
      element('summary', {}, [{ type: 'text', value: 'Diagram source' }]),
      element('pre', {}, [element('code', {}, [{ type: 'text', value: source }])]),
    ]),
  ]);
  // MDX compiles to JSX and takes the tree; Markdown takes the HTML as one string.
  return ctx.sourceFormat === 'mdx' ? result : { type: 'raw' as const, value: toHtml(result) };
}

const diagramsPlugin = defineHastPlugin({
  name: 'diagrams',
  element: {
    filter: ['pre'],
    visit(node, ctx) {
      const code = node.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'code',
      );
      const classes = code?.properties.className;
      if (!code || !Array.isArray(classes) || !classes.includes('language-mermaid')) return undefined;
      return figure(node, code, ctx);
    },
  },
});

/**
 * ```` ```mermaid ```` fences become inline SVG figures at build time, with
 * the source in a collapsed `<details>`; a diagram that does not parse fails
 * the build naming the post and the line. Posts without "mermaid" skip it.
 */
export function diagrams(ctx: { source: string }) {
  return ctx.source.includes('mermaid') ? diagramsPlugin : null;
}
