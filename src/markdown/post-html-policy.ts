import type { Element, Properties, Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import type { EmbedOrigins } from '../lib/embed-policy';
import { urlScheme, webOrigin } from '../lib/urls';
import { postHtmlSchema } from './post-html-schema';

export interface ContainedHtml {
  tree: Root;
  /** What was removed or repaired, one line each, for a build warning. */
  repairs: string[];
  embeds: EmbedOrigins;
}

// `name` on these elements becomes a property of `document` (named access), and can shadow the DOM's own.
const NAMED_ON_DOCUMENT = new Set(['img', 'iframe', 'form', 'embed', 'object']);
const CLOBBER_PREFIX = 'user-content-';
// Embeds are real: scripts run in the frame's own origin, never ours, and it cannot navigate the page.
const FRAME_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-presentation allow-forms';
const URL_PROPERTIES = ['href', 'src', 'srcSet', 'poster', 'cite', 'longDesc', 'action', 'formAction', 'xLinkHref'];

function allowed(schema: Schema, tagName: string, property: string): boolean {
  const lists = [schema.attributes?.[tagName] ?? [], schema.attributes?.['*'] ?? []];
  return lists.some((list) =>
    list.some((entry) => {
      const name = typeof entry === 'string' ? entry : entry[0];
      return name === property || (name === 'data*' && /^data[A-Z]/.test(property));
    }),
  );
}

function protocolAllowed(schema: Schema, property: string, value: string): boolean {
  const protocols = schema.protocols?.[property];
  if (!protocols) return true;
  return value
    .split(property === 'srcSet' ? ',' : /$^/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .every((url) => {
      const scheme = urlScheme(url);
      return scheme === undefined || protocols.includes(scheme);
    });
}

function attributeName(property: string): string {
  return find(html, property).attribute;
}

function describe(element: Element): string {
  return `<${element.tagName}>`;
}

/** Notes, before sanitizing, what the allowlist will take out, so each removal can be named. */
function noteRemovals(element: Element, schema: Schema, repairs: string[]): void {
  if (!schema.tagNames?.includes(element.tagName)) {
    const content = schema.strip?.includes(element.tagName) ? ' and its content' : ' (its text kept)';
    repairs.push(`removed ${describe(element)}${content}`);
    return;
  }
  for (const [property, value] of Object.entries(element.properties)) {
    if (value === undefined || value === null || value === false) continue;
    if (property.startsWith('dataPagefind')) {
      repairs.push(
        `removed ${attributeName(property)} from ${describe(element)}: search data comes from the page template`,
      );
    } else if (property === 'style') {
      repairs.push(
        `removed style="${String(value).slice(0, 60)}" from ${describe(element)}: no inline styles on this site`,
      );
    } else if (!allowed(schema, element.tagName, property)) {
      repairs.push(`removed the ${attributeName(property)} attribute from ${describe(element)}`);
    } else if (URL_PROPERTIES.includes(property) && !protocolAllowed(schema, property, String(value))) {
      repairs.push(
        `removed ${attributeName(property)}="${String(value).slice(0, 40)}" from ${describe(element)}: only http(s), mailto and relative URLs`,
      );
    }
  }
}

function walk(node: Root | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type === 'element') {
      visit(child);
      walk(child, visit);
    }
  }
}

/** Repairs after sanitizing: names that clobber, frames and remote images made safe, embed origins noted. */
function harden(element: Element, repairs: string[], embeds: EmbedOrigins, parent: Element | undefined): void {
  element.properties = Object.fromEntries(
    Object.entries(element.properties).filter(([property]) => !property.startsWith('dataPagefind')),
  );
  const props: Properties = element.properties;
  if (
    NAMED_ON_DOCUMENT.has(element.tagName) &&
    typeof props.name === 'string' &&
    !props.name.startsWith(CLOBBER_PREFIX)
  ) {
    repairs.push(`prefixed name="${props.name}" on ${describe(element)} so it cannot shadow a property of document`);
    props.name = `${CLOBBER_PREFIX}${props.name}`;
  }
  const src = typeof props.src === 'string' ? props.src : undefined;
  const origins = [
    src,
    ...(Array.isArray(props.srcSet) ? props.srcSet.map(String) : []).map(
      (candidate) => candidate.trim().split(/\s+/)[0],
    ),
  ]
    .map((url) => (url ? webOrigin(url) : undefined))
    .filter((origin): origin is string => origin !== undefined);
  const add = (list: string[], more: string[]) => list.push(...more.filter((origin) => !list.includes(origin)));
  switch (element.tagName) {
    case 'img':
      add(embeds.img, origins);
      if (origins.length > 0) {
        props.loading = 'lazy';
        props.decoding = 'async';
        props.referrerPolicy = 'no-referrer';
      }
      break;
    case 'video':
    case 'audio':
    case 'track':
      add(embeds.media, origins);
      if (typeof props.poster === 'string')
        add(
          embeds.img,
          [webOrigin(props.poster)].filter((o) => o !== undefined),
        );
      break;
    case 'source':
      add(parent?.tagName === 'picture' ? embeds.img : embeds.media, origins);
      break;
    case 'iframe':
      add(embeds.frame, origins);
      // A same-origin frame allowed scripts and its origin could lift its own sandbox.
      props.sandbox = origins.length > 0 ? FRAME_SANDBOX.split(' ') : ['allow-popups'];
      props.referrerPolicy = 'strict-origin-when-cross-origin';
      props.loading = 'lazy';
      break;
  }
}

function hardenTree(node: Root | Element, repairs: string[], embeds: EmbedOrigins): void {
  // A frame left with nothing to show (its srcdoc or javascript: src removed) is removed too.
  node.children = node.children.filter(
    (child) => child.type !== 'element' || child.tagName !== 'iframe' || typeof child.properties.src === 'string',
  );
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    harden(child, repairs, embeds, node.type === 'element' ? node : undefined);
    hardenTree(child, repairs, embeds);
  }
}

/**
 * Sanitizes the tree of one post's body against the allowlist, and says what it
 * removed or repaired. The tree comes already parsed (raw HTML included), so
 * stray and unclosed tags have been balanced inside the body.
 */
export function containPostHtml(tree: Root, schema: Schema = postHtmlSchema): ContainedHtml {
  const repairs: string[] = [];
  walk(tree, (element) => {
    noteRemovals(element, schema, repairs);
  });
  const clean = sanitize(tree, schema) as Root;
  const embeds: EmbedOrigins = { img: [], media: [], frame: [] };
  hardenTree(clean, repairs, embeds);
  return { tree: clean, repairs, embeds };
}

/** The repairs listed one by one for each post; the rest are counted. */
const REPAIRS_SHOWN = 20;

/**
 * The build warnings for one post's repairs. An imported post can need hundreds of the same
 * repair (a style on every table cell): the first few say what kind, a count says how many.
 */
export function repairWarnings(file: string, repairs: readonly string[]): string[] {
  const lines = repairs.slice(0, REPAIRS_SHOWN).map((repair) => `[post-html] ${file}: ${repair}`);
  const more = repairs.length - REPAIRS_SHOWN;
  return more > 0 ? [...lines, `[post-html] ${file}: and ${more} more repairs like these`] : lines;
}
