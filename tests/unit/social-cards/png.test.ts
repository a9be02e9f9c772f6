import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/social-cards/png';
import { decodePng } from '../../support/png';

describe('encodePng', () => {
  it('writes a PNG that reads back pixel for pixel', () => {
    const width = 3;
    const height = 2;
    const pixels = Uint8Array.from({ length: width * height * 4 }, (_, index) => (index * 37) % 256);
    const png = decodePng(encodePng(pixels, width, height));
    expect([png.width, png.height]).toEqual([3, 2]);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const start = (y * width + x) * 4;
        const [r = 0, g = 0, b = 0, a = 0] = pixels.subarray(start, start + 4);
        expect(png.pixel(x, y)).toEqual({
          color: `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`,
          alpha: a,
        });
      }
    }
  });

  it('starts with the PNG signature and an IHDR chunk naming the size', () => {
    const bytes = encodePng(new Uint8Array(1200 * 630 * 4).fill(255), 1200, 630);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow('2×2 RGBA pixels take 16 bytes, not 10');
    expect(() => encodePng(new Uint8Array(0), 0, 0)).toThrow('positive whole width and height');
  });
});
