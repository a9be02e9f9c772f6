/**
 * The task of the social card workers (see pool.ts): draws a card with Skia
 * (@napi-rs/canvas), encodes it as a palette PNG with sharp and writes it. Run
 * by Node directly, so its imports name their .ts files.
 *
 * @napi-rs/canvas is pinned at 1.0.7: from 1.0.8 on, canvas.data() copies the
 * pixels into a new buffer that is never freed — 3 MB and ~10 ms a card.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { threadId, workerData } from 'node:worker_threads';
import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import { hasEmoji } from './fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, layoutCard, type CardContent, type CardFont } from './layout.ts';
import type { CardTask, CardWorkerData } from './pool.ts';

// The fonts that the pool registered before starting this worker (see social-card-fonts.ts).
const { fontStack } = workerData as CardWorkerData;

const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
const context = canvas.getContext('2d');

const cssFont = (font: CardFont) => `${font.weight} ${font.size}px ${fontStack}`;

// Widths scale with the font size, so each piece of text is measured once, at one size, for all cards.
const MEASURE_SIZE = 100;
const widths = new Map<string, number>();

function measure(text: string, font: CardFont): number {
  const key = `${font.weight} ${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    context.font = cssFont({ size: MEASURE_SIZE, weight: font.weight });
    width = context.measureText(text).width / MEASURE_SIZE;
    widths.set(key, width);
  }
  return width * font.size;
}

// The pool runs one worker per core; more libvips threads per worker would only contend.
sharp.concurrency(1);

/**
 * Palette entries at most. Text in the card's three colours on white needs few:
 * at quality 80 libimagequant picks 15 to 18, and with 16 entries the PNG stores
 * 4 bits a pixel instead of 8. Colour emoji need the full 256.
 */
const TEXT_COLOURS = 16;
const EMOJI_COLOURS = 256;

/**
 * Measured on a 1200×630 card (2-core machine): a plain RGBA PNG (zlib level 1)
 * is 51 KiB in ~20 ms, Skia's own PNG 49 KiB in ~170 ms. A palette PNG from
 * sharp (libimagequant, no dithering) looks the same as the drawing, since a
 * card is flat colours and anti-aliased text; JPEG is both larger and worse
 * (a short title: 9.5 KB as a palette PNG, 23 KB as mozjpeg at quality 80, with
 * blurred text edges). On 60 bench titles, zlib's level 9 and 16 entries make
 * the cards 11.2 KB on average and 16.0 KB at most, against 14.5 and 20.8 KB at
 * level 4 with 256 entries: the same pixels for 48 of them, one or two fewer
 * colours for the rest (the same 49.5 dB from the drawing on average), for
 * ~10 ms more a card. So a card stays under 20,000 bytes (issue 11) even with a title
 * long enough for five lines; only one crowded with colour emoji can exceed it.
 */
function encode(rgba: Uint8Array, colours: number): Promise<Buffer> {
  return sharp(rgba, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4 } })
    .removeAlpha()
    .png({ palette: true, quality: 80, colours, dither: 0, effort: 1, compressionLevel: 9 })
    .toBuffer();
}

function render(content: CardContent): Promise<Buffer> {
  const drawing = layoutCard(content, measure);
  context.fillStyle = drawing.background;
  context.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  for (const rect of drawing.rects) {
    context.fillStyle = rect.color;
    context.fillRect(rect.x, rect.y, rect.width, rect.height);
  }
  context.textBaseline = 'middle';
  context.textAlign = 'start';
  for (const text of drawing.texts) {
    context.font = cssFont(text.font);
    context.fillStyle = text.color;
    context.direction = text.direction;
    context.fillText(text.text, text.x, text.y, text.maxWidth);
  }
  // Skia keeps premultiplied pixels; the card is opaque, where premultiplied and plain RGBA are the same.
  // A copy: the canvas is drawn on again for the next card while sharp encodes this one.
  const colours = Object.values(content).some(hasEmoji) ? EMOJI_COLOURS : TEXT_COLOURS;
  return encode(Buffer.from(canvas.data()), colours);
}

/** Draws a card and writes it: to the cache whole or not at all, so a stopped build leaves no broken card there. */
export default async function make({ content, cachePath, outPaths }: CardTask): Promise<void> {
  const png = await render(content);
  const partial = `${cachePath}.${process.pid}-${threadId}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, cachePath);
  for (const outPath of outPaths) writeFileSync(outPath, png);
}
