import { crc32, inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  /** The pixel at (x, y) as "#rrggbb" and its alpha. */
  pixel(x: number, y: number): { color: string; alpha: number };
}

const SIGNATURE = '89504e470d0a1a0a';

/**
 * Reads back the PNGs that src/social-cards/png.ts writes — 8-bit RGBA, unfiltered rows —
 * checking the signature and every chunk's CRC on the way. Not a general decoder.
 */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const buffer = Buffer.from(bytes);
  if (buffer.subarray(0, 8).toString('hex') !== SIGNATURE) throw new Error('not a PNG: wrong signature');
  let offset = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (crc32(buffer.subarray(offset + 4, offset + 8 + length)) !== buffer.readUInt32BE(offset + 8 + length)) {
      throw new Error(`the ${type} chunk's CRC is wrong`);
    }
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  if (!header) throw new Error('no IHDR chunk');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  if (header[8] !== 8 || header[9] !== 6) throw new Error('not 8-bit RGBA');
  const rows = inflateSync(Buffer.concat(data));
  const rowBytes = width * 4 + 1;
  if (rows.length !== rowBytes * height) throw new Error(`IDAT holds ${rows.length} bytes, not ${rowBytes * height}`);
  return {
    width,
    height,
    pixel(x, y) {
      if (rows[y * rowBytes] !== 0) throw new Error(`row ${y} is filtered`);
      const start = y * rowBytes + 1 + x * 4;
      const [r = 0, g = 0, b = 0, alpha = 0] = rows.subarray(start, start + 4);
      return { color: `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`, alpha };
    },
  };
}
