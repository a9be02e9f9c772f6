import sharp from 'sharp';

export interface DecodedPng {
  width: number;
  height: number;
  /** The pixel at (x, y) as "#rrggbb" and its alpha. */
  pixel(x: number, y: number): { color: string; alpha: number };
}

/** Decodes a PNG with sharp (libvips' libspng), whatever its colour type, palette or bit depth. */
export async function decodePng(bytes: Uint8Array): Promise<DecodedPng> {
  const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    pixel(x, y) {
      const at = (y * info.width + x) * 4;
      const hex = (offset: number) => (data[at + offset] ?? 0).toString(16).padStart(2, '0');
      return { color: `#${hex(0)}${hex(1)}${hex(2)}`, alpha: data[at + 3] ?? 0 };
    },
  };
}
