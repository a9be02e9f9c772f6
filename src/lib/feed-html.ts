/**
 * A post's HTML made fit and safe for a feed reader. Feed readers render
 * without our Content-Security-Policy, so the body goes through an allowlist
 * (hast-util-sanitize): no script, style, iframe, object, embed, form, meta,
 * base or link elements, no event handlers, `srcdoc` or `style` attributes,
 * and only http(s) and mailto URLs — every one made absolute, since a feed is
 * read away from the site. The page's own controls (copy buttons, heading
 * links, screen-reader hints) are left out; an embedded frame becomes a link
 * to what it showed; figures, code, MathML and diagrams' SVG are kept.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';

/** MathML as KaTeX writes it (src/markdown/tex.ts). */
const MATHML = [
  'math',
  'semantics',
  'annotation',
  'mrow',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'mspace',
  'msup',
  'msub',
  'msubsup',
  'mfrac',
  'msqrt',
  'mroot',
  'mover',
  'munder',
  'munderover',
  'mtable',
  'mtr',
  'mtd',
  'mstyle',
  'mpadded',
  'mphantom',
  'menclose',
  'merror',
  'mmultiscripts',
  'mprescripts',
  'none',
];
const MATHML_ATTRIBUTES = [
  'xmlns',
  'display',
  'encoding',
  'mathvariant',
  'mathcolor',
  'mathbackground',
  'mathsize',
  'stretchy',
  'fence',
  'separator',
  'accent',
  'accentunder',
  'lspace',
  'rspace',
  'minsize',
  'maxsize',
  'movablelimits',
  'linethickness',
  'scriptlevel',
  'displaystyle',
  'columnalign',
  'rowalign',
  'columnspacing',
  'rowspacing',
  'columnlines',
  'rowlines',
  'frame',
  'framespacing',
  'equalrows',
  'equalcolumns',
  'notation',
  'depth',
  'height',
  'width',
  'voffset',
  'largeop',
  'symmetric',
  'form',
];
/** SVG as the diagrams write it (src/markdown/diagram-svg.ts). */
const SVG = [
  'svg',
  'g',
  'defs',
  'marker',
  'polygon',
  'polyline',
  'line',
  'rect',
  'circle',
  'ellipse',
  'path',
  'text',
  'tspan',
  'title',
  'desc',
];
const SVG_ATTRIBUTES = [
  'xmlns',
  'viewBox',
  'width',
  'height',
  'role',
  'ariaLabelledBy',
  'ariaDescribedBy',
  'id',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'dx',
  'dy',
  'd',
  'points',
  'fill',
  'stroke',
  'strokeWidth',
  'strokeDashArray',
  'strokeLineJoin',
  'strokeLineCap',
  'opacity',
  'fillOpacity',
  'strokeOpacity',
  'transform',
  'markerEnd',
  'markerStart',
  'markerWidth',
  'markerHeight',
  'refX',
  'refY',
  'orient',
  'textAnchor',
  'dominantBaseline',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontFamily',
];

const schema: Schema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'figure',
    'figcaption',
    'mark',
    'abbr',
    'cite',
    'dfn',
    'small',
    'time',
    'u',
    'var',
    'wbr',
    'caption',
    'colgroup',
    'col',
    'video',
    'audio',
    'track',
    ...MATHML,
    ...SVG,
  ],
  attributes: {
    ...defaultSchema.attributes,
    // Only what a reader needs: no classes (there is no stylesheet to read them), no data-* attributes.
    '*': (defaultSchema.attributes?.['*'] ?? []).filter(
      (name) => !['tabIndex', 'accessKey', 'action', 'method', 'encType'].includes(String(name)),
    ),
    a: ['href', 'title', 'ariaLabel', 'ariaDescribedBy', 'ariaLabelledBy'],
    code: [],
    img: ['src', 'srcSet', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
    source: ['src', 'srcSet', 'sizes', 'type', 'media'],
    video: ['src', 'poster', 'controls', 'width', 'height'],
    audio: ['src', 'controls'],
    track: ['src', 'kind', 'srcLang', 'label'],
    time: ['dateTime'],
    ...Object.fromEntries(MATHML.map((name) => [name, MATHML_ATTRIBUTES])),
    ...Object.fromEntries(SVG.map((name) => [name, SVG_ATTRIBUTES])),
  },
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
    poster: ['http', 'https'],
  },
  // Removed with their content; every other unknown element is replaced by its children.
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'iframe',
    'object',
    'embed',
    'form',
    'select',
    'textarea',
    'button',
  ],
};

const URL_PROPERTIES = ['href', 'src', 'poster', 'cite'] as const;
/** SVG properties that point at an element of the drawing by id: `url(#arrowhead)`. */
const ID_REFERENCE_PROPERTIES = ['markerStart', 'markerEnd', 'fill', 'stroke'] as const;
// The sanitizer prefixes every id so that it cannot clobber the reader's own DOM; what refers to one must follow.
const ID_PREFIX = defaultSchema.clobberPrefix ?? '';

function classes(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function isPageControl(element: Element, parent: Element | Root): boolean {
  const names = classes(element);
  return (
    element.tagName === 'copy-code' ||
    (element.tagName === 'a' && names.includes('heading-anchor')) ||
    (element.tagName === 'span' && names.includes('sr-only') && parent.type === 'element' && parent.tagName === 'a')
  );
}

function absolute(value: string, base: string): string {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    // Not a URL at all: the sanitizer's protocol check then drops it.
    return `invalid:${value}`;
  }
}

function absoluteSrcset(value: string, base: string): string {
  return value
    .split(',')
    .map((candidate) => {
      const [address = '', ...descriptor] = candidate.trim().split(/\s+/);
      return [absolute(address, base), ...descriptor].join(' ');
    })
    .join(', ');
}

/** An embed cannot play in a feed reader; a link to what it showed can. */
function frameAsLink(frame: Element, pageUrl: string): ElementContent | undefined {
  const src = frame.properties.src;
  if (typeof src !== 'string') return undefined;
  const href = absolute(src, pageUrl);
  if (!/^https?:/.test(href)) return undefined;
  const title = typeof frame.properties.title === 'string' ? frame.properties.title : href;
  return {
    type: 'element',
    tagName: 'p',
    properties: {},
    children: [{ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: title }] }],
  };
}

function prepare(parent: Element | Root, pageUrl: string): void {
  const children: RootContent[] = [];
  for (const child of parent.children) {
    if (child.type !== 'element') {
      children.push(child);
      continue;
    }
    if (isPageControl(child, parent)) continue;
    if (child.tagName === 'iframe') {
      const link = frameAsLink(child, pageUrl);
      if (link) children.push(link);
      continue;
    }
    for (const name of URL_PROPERTIES) {
      const value = child.properties[name];
      if (typeof value === 'string') child.properties[name] = absolute(value, pageUrl);
    }
    for (const name of ID_REFERENCE_PROPERTIES) {
      const value = child.properties[name];
      if (typeof value === 'string') child.properties[name] = value.replace(/^url\(#/, `url(#${ID_PREFIX}`);
    }
    const srcset: unknown = child.properties.srcSet;
    if (typeof srcset === 'string' || Array.isArray(srcset)) {
      child.properties.srcSet = absoluteSrcset(Array.isArray(srcset) ? srcset.join(', ') : srcset, pageUrl);
    }
    prepare(child, pageUrl);
    children.push(child);
  }
  parent.children = children;
}

export function feedHtml(html: string, pageUrl: string): string {
  const tree = fromHtml(html, { fragment: true });
  prepare(tree, pageUrl);
  return toHtml(sanitize(tree, schema), { characterReferences: { useNamedReferences: true } });
}
