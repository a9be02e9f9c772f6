import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { blends, encodePalettePng, parseHexColour, type Rgb } from '../../../src/social-cards/palette-png';
import { decodePng } from '../../support/png';

/** An image `width` pixels wide, row by row, from its pixels' colours. */
function rgbaOf(colours: readonly Rgb[]): Uint8Array {
  return Uint8Array.from(colours.flatMap(([red, green, blue]) => [red, green, blue, 255]));
}

const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [31, 35, 40];
const TEAL: Rgb = [11, 110, 99];

describe('encodePalettePng', () => {
  it('maps every pixel to the nearest palette colour, across an odd width at 4 bits a pixel', async () => {
    // Five pixels a row, so the last byte of each row holds half a pair; the third row repeats the second.
    const secondRow: Rgb[] = [[20, 100, 90], WHITE, WHITE, INK, TEAL];
    const drawn: Rgb[] = [WHITE, INK, TEAL, [240, 240, 240], [40, 40, 40], ...secondRow, ...secondRow];
    const png = encodePalettePng(rgbaOf(drawn), 5, 3, [WHITE, INK, TEAL], { compressionLevel: 9 });
    const decoded = await decodePng(png);
    const shown = Array.from({ length: 15 }, (_, index) => decoded.pixel(index % 5, Math.floor(index / 5)).color);
    const secondShown = ['#0b6e63', '#ffffff', '#ffffff', '#1f2328', '#0b6e63'];
    expect(shown).toEqual([...['#ffffff', '#1f2328', '#0b6e63', '#ffffff', '#1f2328'], ...secondShown, ...secondShown]);
    expect((await sharp(png).metadata()).bitsPerSample).toBe(4);
  });

  it('stores a palette of more than 16 colours at 8 bits a pixel and keeps each of them', async () => {
    const greys = Array.from({ length: 20 }, (_, index): Rgb => [index * 12, index * 12, index * 12]);
    const png = encodePalettePng(rgbaOf(greys), 20, 1, greys, { compressionLevel: 6 });
    const decoded = await decodePng(png);
    expect(greys.map((_, x) => decoded.pixel(x, 0).color)).toEqual(
      greys.map(([value]) => `#${value.toString(16).padStart(2, '0').repeat(3)}`),
    );
    expect((await sharp(png).metadata()).bitsPerSample).toBe(8);
  });

  it('refuses pixels that do not fill the size given, and a palette PNG cannot hold', () => {
    expect(() => encodePalettePng(new Uint8Array(12), 2, 2, [WHITE], { compressionLevel: 9 })).toThrow(
      '2×2 RGBA pixels take 16 bytes, not 12',
    );
    const tooMany = Array.from({ length: 257 }, (): Rgb => WHITE);
    expect(() => encodePalettePng(new Uint8Array(4), 1, 1, tooMany, { compressionLevel: 9 })).toThrow(
      'A palette PNG holds 1 to 256 colours, not 257',
    );
  });
});

describe('blends', () => {
  it('spaces colours evenly between two, leaving both ends out', () => {
    expect(blends(WHITE, [0, 0, 0], 3)).toEqual([
      [191, 191, 191],
      [128, 128, 128],
      [64, 64, 64],
    ]);
  });
});

describe('parseHexColour', () => {
  it('reads #rrggbb in either case and names anything else', () => {
    expect(parseHexColour('#0B6e63')).toEqual([11, 110, 99]);
    expect(() => parseHexColour('teal')).toThrow('Social cards: "teal" is not a #rrggbb colour');
  });
});
