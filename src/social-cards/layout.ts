/**
 * Social cards: the 1200×630 image a link preview shows for a post. This module
 * holds the pure parts — which card a built page asks for, when a cached card
 * can be reused, and where every piece of text goes. Drawing and encoding
 * happen in src/social-cards/worker.ts, which supplies the text
 * measurements that layout needs.
 */
import { createHash } from 'node:crypto';
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';

/** Bump whenever a card would look different or be encoded differently (layout, colours, fonts, renderer, format), so cached cards are redrawn. */
export const CARD_RENDERER_VERSION = 2;

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What one card shows. */
export interface CardContent {
  siteName: string;
  title: string;
  /** The published date as readers see it on the site. */
  dateText: string;
}

/** A card a built page asks for: the page's og:image names `<base>og/<slug>.png`. */
export interface CardJob {
  slug: string;
  title: string;
  publishedIso: string;
}

export interface CardFont {
  size: number;
  weight: 400 | 700;
}

/** Width in pixels of a piece of text set in a font. */
export type MeasureText = (text: string, font: CardFont) => number;

export type TextDirection = 'ltr' | 'rtl';

export interface CardText {
  text: string;
  /** The line's start edge: its left edge, or its right edge for right-to-left text. */
  x: number;
  /** The vertical middle of the line. */
  y: number;
  font: CardFont;
  color: string;
  direction: TextDirection;
  /** The line is squeezed to this width if measuring was off. */
  maxWidth: number;
}

export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

/** Everything a renderer paints, in order: background, rectangles, then text. */
export interface CardDrawing {
  background: string;
  rects: CardRect[];
  texts: CardText[];
}

// The site's light theme (src/styles/global.css).
const COLORS = { page: '#ffffff', ink: '#1f2328', muted: '#59636e', accent: '#0b6e63', line: '#d1d9e0' };

const ACCENT_BAR_WIDTH = 24;
const MARGIN = 96;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const LINE_HEIGHT = 1.2;
const SITE_NAME_FONT: CardFont = { size: 34, weight: 700 };
const DATE_FONT: CardFont = { size: 30, weight: 400 };
const SITE_NAME_MIDDLE = 96;
const DATE_MIDDLE = CARD_HEIGHT - 96;
/** The title is centred in the band between the site name and the date. */
const TITLE_BAND = { top: SITE_NAME_MIDDLE + 56, bottom: DATE_MIDDLE - 56 };

interface TitleStep {
  size: number;
  maxLines: number;
}

/** Title sizes tried in turn, largest first: the first at which the whole title fits is used. */
const TITLE_STEPS: readonly TitleStep[] = [
  { size: 72, maxLines: 3 },
  { size: 62, maxLines: 3 },
  { size: 54, maxLines: 4 },
];
/** A title that fits none of the steps is set at this size and cut short with an ellipsis. */
const SMALLEST_TITLE: TitleStep = { size: 48, maxLines: 4 };

const ELLIPSIS = '…';
/** HTML's whitespace: a no-break space is not among it, so it keeps its words on one line. */
const ASCII_WHITESPACE = /[\t\n\f\r ]+/g;

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (part) => part.segment);
}

/** A word, a space or a single character, with its width. */
interface Piece {
  text: string;
  width: number;
}

type Line = Piece[];

const lineWidth = (line: Line) => line.reduce((sum, piece) => sum + piece.width, 0);
const lineText = (line: Line) =>
  line
    .map((piece) => piece.text)
    .join('')
    .trim();

export interface WrappedText {
  lines: string[];
  /** True when the text did not fit and the last line ends in an ellipsis. */
  truncated: boolean;
}

/**
 * Breaks text into lines no wider than maxWidth, at spaces where it can. A word
 * wider than a whole line — a long identifier, or Chinese or Japanese written
 * without spaces — breaks between characters instead. Widths are summed from
 * measured words, so each distinct word is measured once however often
 * layout tries a size.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  maxLines: number,
  measure: (text: string) => number,
): WrappedText {
  const space: Piece = { text: ' ', width: measure(' ') };
  const lines: Line[] = [];
  let line: Line = [];
  const breakLine = () => {
    while (line.at(-1)?.text === ' ') line.pop();
    if (line.length > 0) lines.push(line);
    line = [];
  };

  for (const word of text.split(ASCII_WHITESPACE).filter((part) => part !== '')) {
    const piece = { text: word, width: measure(word) };
    const gap = line.length === 0 ? 0 : space.width;
    if (lineWidth(line) + gap + piece.width <= maxWidth) {
      if (line.length > 0) line.push(space);
      line.push(piece);
    } else if (piece.width <= maxWidth) {
      breakLine();
      line.push(piece);
    } else {
      if (line.length > 0) line.push(space);
      for (const character of graphemes(word)) {
        const width = measure(character);
        if (lineText(line) !== '' && lineWidth(line) + width > maxWidth) breakLine();
        line.push({ text: character, width });
      }
    }
  }
  breakLine();

  if (lines.length <= maxLines) return { lines: lines.map(lineText), truncated: false };
  const kept = lines.slice(0, maxLines);
  const last = kept.pop() ?? [];
  return { lines: [...kept.map(lineText), ellipsize(last, maxWidth, measure)], truncated: true };
}

/** Shortens a line from its end until an ellipsis fits after it. */
function ellipsize(line: Line, maxWidth: number, measure: (text: string) => number): string {
  const room = maxWidth - measure(ELLIPSIS);
  const kept = [...line];
  while (kept.length > 0 && lineWidth(kept) > room) {
    const dropped = kept.pop();
    // A single word too wide to keep whole loses characters, not the whole word.
    if (kept.length === 0 && dropped && graphemes(dropped.text).length > 1) {
      kept.push(...graphemes(dropped.text).map((character) => ({ text: character, width: measure(character) })));
      kept.pop();
    }
  }
  return `${lineText(kept).replace(/[\s,;:.\-–—]+$/u, '')}${ELLIPSIS}`;
}

export interface TitleLayout {
  font: CardFont;
  lineHeight: number;
  lines: string[];
}

/** The largest title size at which the whole title fits, or the smallest size with the title cut short. */
export function layoutTitle(title: string, measure: MeasureText): TitleLayout {
  const at = (step: TitleStep) => {
    const font: CardFont = { size: step.size, weight: 700 };
    const wrapped = wrapText(title, TEXT_WIDTH, step.maxLines, (text) => measure(text, font));
    return { layout: { font, lineHeight: Math.round(step.size * LINE_HEIGHT), lines: wrapped.lines }, wrapped };
  };
  for (const step of TITLE_STEPS) {
    const { layout, wrapped } = at(step);
    if (!wrapped.truncated) return layout;
  }
  return at(SMALLEST_TITLE).layout;
}

const RTL_SCRIPT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** The direction a paragraph takes from its first letter, as browsers do for dir="auto". */
export function textDirection(text: string): TextDirection {
  const firstLetter = /\p{L}/u.exec(text)?.[0];
  return firstLetter !== undefined && RTL_SCRIPT.test(firstLetter) ? 'rtl' : 'ltr';
}

function textLine(
  text: string,
  y: number,
  font: CardFont,
  color: string,
  direction: TextDirection = textDirection(text),
): CardText {
  const x = direction === 'rtl' ? CARD_WIDTH - MARGIN : MARGIN;
  return { text, x, y, font, color, direction, maxWidth: TEXT_WIDTH };
}

/** Where everything on a card goes: an accent bar, the site name, the title, and the date. */
export function layoutCard(content: CardContent, measure: MeasureText): CardDrawing {
  const title = layoutTitle(content.title, measure);
  const direction = textDirection(content.title);
  const titleHeight = title.lines.length * title.lineHeight;
  const titleTop = (TITLE_BAND.top + TITLE_BAND.bottom - titleHeight) / 2;
  // Every line takes the title's direction, even a line of a right-to-left title that starts with a Latin word.
  const titleLines = title.lines.map((line, index) =>
    textLine(line, titleTop + (index + 0.5) * title.lineHeight, title.font, COLORS.ink, direction),
  );
  return {
    background: COLORS.page,
    rects: [
      { x: 0, y: 0, width: ACCENT_BAR_WIDTH, height: CARD_HEIGHT, color: COLORS.accent },
      { x: MARGIN, y: DATE_MIDDLE - 48, width: TEXT_WIDTH, height: 2, color: COLORS.line },
    ],
    texts: [
      textLine(content.siteName, SITE_NAME_MIDDLE, SITE_NAME_FONT, COLORS.accent),
      ...titleLines,
      textLine(content.dateText, DATE_MIDDLE, DATE_FONT, COLORS.muted),
    ],
  };
}

/** Names a rendered card by everything it shows, so an unchanged card is copied rather than redrawn. */
export function cardCacheKey(content: CardContent): string {
  return createHash('sha256')
    .update(JSON.stringify([CARD_RENDERER_VERSION, content.siteName, content.title, content.dateText]))
    .digest('hex');
}

type ParsedDocument = DefaultTreeAdapterMap['document'];
type ParsedNode = DefaultTreeAdapterMap['node'];

/** Thrown to stop parsing where the body begins. */
class EndOfHead extends Error {}

/**
 * The page parsed up to where its body begins. Reading the head alone is what
 * makes this cheap: parsing whole post pages would take longer than drawing
 * their cards. The parser, not a text search, decides where the head ends, so
 * "</head>" inside a script or a comment does not end it early.
 */
function parseHead(html: string): ParsedDocument {
  let document: ParsedDocument | undefined;
  const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    createDocument() {
      document = defaultTreeAdapter.createDocument();
      return document;
    },
    createElement(tagName, namespaceURI, attrs) {
      if (tagName === 'body' || tagName === 'frameset') throw new EndOfHead();
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
    },
  };
  try {
    return parse(html, { treeAdapter });
  } catch (error) {
    if (error instanceof EndOfHead && document) return document;
    throw error;
  }
}

/** The first content of each <meta property> in the page's head. */
function headProperties(html: string): Map<string, string> {
  const properties = new Map<string, string>();
  const visit = (node: ParsedNode) => {
    if (!('childNodes' in node)) return;
    for (const child of node.childNodes) {
      if ('tagName' in child && child.tagName === 'meta') {
        const attribute = (name: string) => child.attrs.find((attr) => attr.name === name)?.value;
        const property = attribute('property');
        const content = attribute('content');
        if (property !== undefined && content !== undefined && !properties.has(property)) {
          properties.set(property, content);
        }
      }
      visit(child);
    }
  };
  visit(parseHead(html));
  return properties;
}

/** The slug in an og:image URL of the form `<base>og/<slug>.png`, or undefined for any other image. */
function cardSlug(imageUrl: string, base: string): string | undefined {
  let path: string;
  try {
    path = new URL(imageUrl, 'http://page.invalid').pathname;
  } catch {
    return undefined;
  }
  const prefix = `${base.endsWith('/') ? base : `${base}/`}og/`;
  if (!path.startsWith(prefix) || !path.endsWith('.png')) return undefined;
  let slug: string;
  try {
    slug = decodeURIComponent(path.slice(prefix.length, -'.png'.length));
  } catch {
    slug = '';
  }
  // The slug becomes a file name in dist/og/: it must name a file there and nothing else.
  if (slug === '' || slug === '.' || slug === '..' || /[/\\\0]/.test(slug)) {
    throw new Error(`og:image "${imageUrl}" does not name a card file in ${prefix}`);
  }
  return slug;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The card a built page asks for, read from its head: og:image names the card
 * file, og:title and article:published_time give its text. Undefined for a
 * page whose og:image is not a card; an error for a page that asks for a card
 * without giving what the card shows.
 */
export function cardJobFromHtml(html: string, base: string): CardJob | undefined {
  const properties = headProperties(html);
  const image = properties.get('og:image');
  const slug = image === undefined ? undefined : cardSlug(image, base);
  if (slug === undefined) return undefined;
  const title = (properties.get('og:title') ?? '').replace(ASCII_WHITESPACE, ' ').trim();
  if (title === '') throw new Error(`the page asks for the card og/${slug}.png but has no og:title`);
  const publishedIso = properties.get('article:published_time') ?? '';
  if (!ISO_INSTANT.test(publishedIso) || Number.isNaN(Date.parse(publishedIso))) {
    throw new Error(
      `the page asks for the card og/${slug}.png but its article:published_time "${publishedIso}" is not an ISO date-time`,
    );
  }
  return { slug, title, publishedIso };
}
