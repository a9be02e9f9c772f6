/**
 * The task of the social card workers (see pool.ts): draws a card with Skia
 * (@napi-rs/canvas), encodes it as a palette PNG (below) and writes it. Run
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
import { CARD_HEIGHT, CARD_WIDTH, cardPalette, layoutCard, type CardContent, type CardFont } from './layout.ts';
import { encodePalettePng } from './palette-png.ts';
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
 * Cards are palette PNGs: a card is flat colours and anti-aliased text, so a
 * few palette entries look the same as the drawing, and JPEG is both larger and
 * worse (a short title: 9.5 KB as a palette PNG, 23 KB as mozjpeg at quality
 * 80, with blurred text edges).
 *
 * Without colour emoji, the palette is known before drawing (cardPalette), and
 * palette-png.ts maps each pixel to it and compresses at zlib level 7. Against
 * sharp's palette PNG (libimagequant choosing 16 colours, zlib level 9), on 60
 * bench titles on a 2-core machine: 6.3 against 27.4 ms a card to encode, 11.7
 * against 10.8 KiB on average and 16.5 against 15.6 KiB at most, 48.6 against
 * 49.3 dB from the drawing. Level 9 would save 1 KiB a card for 17 ms more, so
 * only a card that level 7 leaves over 20,000 bytes (issue 11's limit; a title
 * of four long lines at the smallest size) is compressed again at level 9.
 *
 * Colour emoji can be any colour: for them libimagequant picks 256.
 */
const COMPRESSION_LEVEL = 7;
const CARD_MAX_BYTES = 20_000;
const EMOJI_COLOURS = 256;

function encodeWithEmoji(rgba: Uint8Array): Promise<Buffer> {
  return sharp(rgba, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4 } })
    .removeAlpha()
    .png({ palette: true, quality: 80, colours: EMOJI_COLOURS, dither: 0, effort: 1, compressionLevel: 9 })
    .toBuffer();
}

async function render(content: CardContent): Promise<Buffer> {
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
  if (!Object.values(content).some(hasEmoji)) {
    const palette = cardPalette(drawing);
    const png = encodePalettePng(canvas.data(), CARD_WIDTH, CARD_HEIGHT, palette, {
      compressionLevel: COMPRESSION_LEVEL,
    });
    if (png.length <= CARD_MAX_BYTES) return png;
    return encodePalettePng(canvas.data(), CARD_WIDTH, CARD_HEIGHT, palette, { compressionLevel: 9 });
  }
  // A copy: the canvas is drawn on again for the next card while sharp encodes this one.
  return encodeWithEmoji(Buffer.from(canvas.data()));
}

/** Draws a card and writes it: to the cache whole or not at all, so a stopped build leaves no broken card there. */
export default async function make({ content, cachePath, outPaths }: CardTask): Promise<void> {
  const png = await render(content);
  const partial = `${cachePath}.${process.pid}-${threadId}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, cachePath);
  for (const outPath of outPaths) writeFileSync(outPath, png);
}
