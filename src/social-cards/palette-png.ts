/**
 * A PNG encoder for images whose colours are known before they are drawn: a
 * social card is a few flat colours and the anti-aliased edges of text, which
 * are blends of a text colour into the background. With those blends in the
 * palette, mapping each pixel to its nearest entry is the whole quantisation,
 * and it costs a fraction of what a general quantiser (libimagequant) spends
 * finding the palette first.
 */
import { crc32, deflateSync } from 'node:zlib';

export type Rgb = readonly [red: number, green: number, blue: number];

/** "#rrggbb" as numbers; an error naming the colour for anything else. */
export function parseHexColour(colour: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!match) throw new Error(`Social cards: "${colour}" is not a #rrggbb colour`);
  const [red = '', green = '', blue = ''] = match.slice(1);
  return [Number.parseInt(red, 16), Number.parseInt(green, 16), Number.parseInt(blue, 16)];
}

/** `steps` colours evenly spaced between `from` and `to`, neither included. */
export function blends(from: Rgb, to: Rgb, steps: number): Rgb[] {
  return Array.from({ length: steps }, (_, index) => {
    const share = (index + 1) / (steps + 1);
    return from.map((value, channel) => Math.round(value + ((to[channel] ?? value) - value) * share)) as unknown as Rgb;
  });
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** PNG's colour type for palette images. */
const INDEXED = 3;

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function nearestEntry(palette: readonly Rgb[], red: number, green: number, blue: number): number {
  let nearest = 0;
  let nearestDistance = Infinity;
  palette.forEach(([r, g, b], index) => {
    const distance = (red - r) ** 2 + (green - g) ** 2 + (blue - b) ** 2;
    if (distance < nearestDistance) {
      nearest = index;
      nearestDistance = distance;
    }
  });
  return nearest;
}

export interface PalettePngOptions {
  /** zlib's level, 0–9. */
  compressionLevel: number;
}

/**
 * Encodes opaque RGBA pixels (alpha is ignored) as a palette PNG, each pixel
 * the palette entry nearest to it. Up to 16 entries are stored at 4 bits a
 * pixel, up to 256 at 8.
 */
export function encodePalettePng(
  rgba: Uint8Array,
  width: number,
  height: number,
  palette: readonly Rgb[],
  { compressionLevel }: PalettePngOptions,
): Buffer {
  if (palette.length === 0 || palette.length > 256) {
    throw new Error(`A palette PNG holds 1 to 256 colours, not ${palette.length}`);
  }
  if (rgba.length !== width * height * 4) {
    throw new Error(`${width}×${height} RGBA pixels take ${width * height * 4} bytes, not ${rgba.length}`);
  }
  const bitDepth = palette.length <= 16 ? 4 : 8;
  // Each row starts with its filter type, 0 (none): a palette image's indices are not quantities to predict.
  const rowBytes = 1 + Math.ceil((width * bitDepth) / 8);
  const rows = new Uint8Array(rowBytes * height);
  // Pixels are compared as whole 32-bit words; the channels are read only for a colour not met before.
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  // Most pixels repeat the one before (background, the inside of a letter), and edges repeat their blends.
  const entryOf = new Map<number, number>();
  let previousWord = -1;
  let entry = 0;
  const rowLength = width * 4;
  for (let y = 0; y < height; y++) {
    const rowStart = y * rowBytes + 1;
    // A row the same as the one above (margins, the space between lines) is encoded the same.
    const at = y * rowLength;
    if (y > 0 && Buffer.compare(aligned.subarray(at - rowLength, at), aligned.subarray(at, at + rowLength)) === 0) {
      rows.copyWithin(rowStart, rowStart - rowBytes, rowStart - 1);
      continue;
    }
    for (let x = 0; x < width; x++) {
      const pixel = y * width + x;
      const word = words[pixel] ?? 0;
      if (word !== previousWord) {
        previousWord = word;
        let known = entryOf.get(word);
        if (known === undefined) {
          const red = pixel * 4;
          known = nearestEntry(palette, aligned[red] ?? 0, aligned[red + 1] ?? 0, aligned[red + 2] ?? 0);
          entryOf.set(word, known);
        }
        entry = known;
      }
      if (bitDepth === 8) rows[rowStart + x] = entry;
      else if (x & 1) rows[rowStart + (x >> 1)] = (rows[rowStart + (x >> 1)] ?? 0) | entry;
      else rows[rowStart + (x >> 1)] = entry << 4;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = bitDepth;
  header[9] = INDEXED;
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette.flat())),
    chunk('IDAT', deflateSync(rows, { level: compressionLevel })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
