/**
 * Social cards: the 1200×630 image a link preview shows for a post. This module
 * holds the pure parts — when a cached card can be reused, and where every
 * piece of text goes. Drawing and encoding happen in src/social-cards/worker.ts,
 * which supplies the text measurements that layout needs.
 */
import { createHash } from 'node:crypto';
import { blends, parseHexColour, type Rgb } from './palette-png.ts';

/** Bump whenever a card would look different or be encoded differently (layout, colours, fonts, renderer, format), so cached cards are redrawn. */
export const CARD_RENDERER_VERSION = 5;

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What one card shows. */
export interface CardContent {
  siteName: string;
  title: string;
  /** The published date as readers see it on the site. */
  dateText: string;
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

/** Up to 16 palette entries are stored at 4 bits a pixel. */
const PALETTE_ENTRIES = 16;

/**
 * The colours a card without colour emoji is encoded with: the background,
 * every colour painted, and blends of each text colour into the background for
 * the anti-aliased edges of letters. The colour of the largest text, the
 * title's, has the most edge and takes every blend but one for each other text
 * colour.
 */
export function cardPalette(drawing: CardDrawing): Rgb[] {
  const background = parseHexColour(drawing.background);
  const painted = new Set([...drawing.rects, ...drawing.texts].map((shape) => shape.color));
  painted.delete(drawing.background);
  const largestFirst = drawing.texts.toSorted((a, b) => b.font.size - a.font.size);
  const textColours = [...new Set(largestFirst.map((text) => text.color))];
  const spareEntries = PALETTE_ENTRIES - 1 - painted.size;
  const titleBlends = Math.max(1, spareEntries - (textColours.length - 1));
  return [
    background,
    ...[...painted].map(parseHexColour),
    ...textColours.flatMap((colour, index) =>
      blends(background, parseHexColour(colour), index === 0 ? titleBlends : 1),
    ),
  ];
}

/** Names a rendered card by everything it shows, so an unchanged card is copied rather than redrawn. */
export function cardCacheKey(content: CardContent): string {
  return createHash('sha256')
    .update(JSON.stringify([CARD_RENDERER_VERSION, content.siteName, content.title, content.dateText]))
    .digest('hex');
}
