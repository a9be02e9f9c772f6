/**
 * A Mermaid diagram drawn as inline SVG at build time, with no browser:
 * `beautiful-mermaid` lays it out (ELK) and writes the SVG; this module makes
 * that SVG fit the site — no `<style>` element and no `style` attribute (the
 * CSP allows neither), colours from the site's light/dark tokens, ids unique
 * on the page, an accessible name — and returns it as an HTML string.
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root } from 'hast';
import { renderMermaidSVG } from 'beautiful-mermaid';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/**
 * The renderer's colour variables, each mapped to one of the site's tokens
 * (src/styles/global.css), which resolve through light-dark() and so follow
 * the theme with no stylesheet of the diagram's own. Away from the site (a
 * feed reader) the tokens are unset, and the fallbacks draw the diagram in the
 * reader's text colour on its own background.
 */
const COLOURS: Record<string, string> = {
  '--bg': '--page',
  '--fg': '--ink',
  '--_text': '--ink',
  '--_text-sec': '--muted',
  '--_text-muted': '--muted',
  '--_text-faint': '--muted',
  '--_line': '--muted',
  '--_arrow': '--ink',
  '--_node-fill': '--surface',
  '--_node-stroke': '--muted',
  '--_group-fill': '--page',
  '--_group-hdr': '--surface',
  '--_inner-stroke': '--line',
  '--_key-badge': '--surface',
  '--accent': '--accent',
  '--muted': '--muted',
  '--surface': '--surface',
  '--border': '--muted',
  '--line': '--muted',
};

function siteColour(value: string): string {
  return value.replace(/var\((--[\w-]+)\)/g, (whole, name: string) => {
    const token = COLOURS[name];
    if (!token) throw new Error(`the renderer used a colour this site does not map: ${whole}`);
    const fallback = token === '--page' || token === '--surface' ? 'none' : 'currentColor';
    return `var(${token}, ${fallback})`;
  });
}

export interface DrawnDiagram {
  /** The `<svg>` element as HTML. */
  svg: string;
}

export interface DiagramLabels {
  /** Short name: accTitle, else the fence's title, else "Diagram". */
  title: string;
  description: string | undefined;
}

/** Bump when this module changes what it writes, so cached drawings are redrawn. */
const RULES_VERSION = 3;

/** Digest of what decides a drawing: the renderer's version, this module's rules and the input. */
export function diagramDigest(body: string, labels: DiagramLabels, rendererVersion: string): string {
  return createHash('sha256')
    .update(JSON.stringify([rendererVersion, RULES_VERSION, body, labels.title, labels.description ?? null]))
    .digest('hex');
}

function tidy(node: ElementContent, prefix: string): ElementContent | undefined {
  if (node.type === 'comment') return undefined;
  if (node.type !== 'element') return node;
  if (node.tagName === 'style') return undefined;
  const properties: Element['properties'] = {};
  for (const [key, value] of Object.entries(node.properties)) {
    // data-* attributes repeat the labels for the renderer's own use; style is what the CSP forbids.
    if (key === 'style' || /^data[A-Z]/.test(key)) continue;
    if (key === 'id' && typeof value === 'string') properties[key] = `${prefix}${value}`;
    else if (typeof value === 'string') {
      properties[key] = siteColour(value.replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`));
    } else properties[key] = value;
  }
  // Indentation between shapes is bytes on every page view; text inside <text> is the label.
  const keepSpace = node.tagName === 'text' || node.tagName === 'tspan';
  const children = node.children.flatMap((child) =>
    !keepSpace && child.type === 'text' && child.value.trim() === '' ? [] : (tidy(child, prefix) ?? []),
  );
  return { ...node, properties, children };
}

function text(tagName: string, id: string, value: string): Element {
  return { type: 'element', tagName, properties: { id }, children: [{ type: 'text', value }] };
}

/**
 * Draws a diagram; throws the renderer's message when it cannot. `idPrefix`
 * keeps marker ids (arrowheads) unique when a page has several diagrams.
 */
export function drawDiagram(body: string, labels: DiagramLabels, idPrefix: string): DrawnDiagram {
  const raw = renderMermaidSVG(body, { transparent: true });
  const root: Root = fromHtml(raw, { fragment: true });
  const svg = root.children.find((child): child is Element => child.type === 'element' && child.tagName === 'svg');
  if (!svg) throw new Error('the renderer returned no <svg>');
  const tidied = tidy(svg, idPrefix) as Element;
  const described = labels.description !== undefined;
  const labelled: Element = {
    ...tidied,
    properties: {
      ...tidied.properties,
      role: 'img',
      ariaLabelledBy: [`${idPrefix}title`],
      ...(described ? { ariaDescribedBy: [`${idPrefix}desc`] } : {}),
    },
    children: [
      text('title', `${idPrefix}title`, labels.title),
      ...(described ? [text('desc', `${idPrefix}desc`, labels.description ?? '')] : []),
      ...tidied.children,
    ],
  };
  return { svg: toHtml(labelled, { space: 'svg' }) };
}
