/**
 * The fonts social cards are drawn in. They come from npm, never from the
 * network: Inter for text, Noto Color Emoji for emoji. Characters neither has
 * (Chinese, Japanese, Hebrew, …) come from the machine's own fonts where it has
 * them, and are drawn as placeholder boxes where it has none.
 *
 * The canvas keeps one font collection for the whole process, worker threads
 * included, and a worker drawing while another adds fonts can miss some. So the
 * main thread registers the fonts, before any worker starts, and the workers
 * only name them.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

interface FontFace {
  family: string;
  path: string;
}

const OWN_FAMILY = 'Card';
const require = createRequire(import.meta.url);

/**
 * The font files of a Fontsource package, each unicode-range subset named as a
 * family of its own ("Card Sans latin", "Card Sans greek", …): the canvas takes
 * one face per family, weight and style, so subsets sharing a family name would
 * hide each other's characters. Latin comes first.
 */
function fontsourceFaces(packageName: string, familyName: string, weights: readonly number[]): FontFace[] {
  const dir = join(dirname(require.resolve(`${packageName}/package.json`)), 'files');
  // WOFF rather than WOFF2: the canvas draws no colour emoji from WOFF2 files.
  const fileName = new RegExp(`^${packageName.replace('@fontsource/', '')}-(.+)-(\\d+)-normal\\.woff$`);
  const faces = readdirSync(dir).flatMap((file) => {
    const [, subset, weight] = fileName.exec(file) ?? [];
    return subset && weights.includes(Number(weight))
      ? [{ family: `${OWN_FAMILY} ${familyName} ${subset}`, path: join(dir, file) }]
      : [];
  });
  if (faces.length === 0) throw new Error(`no ${weights.join(' or ')} weight fonts in ${dir}`);
  const rank = (face: FontFace) => (face.family.endsWith(' latin') ? 0 : 1);
  return faces.sort((a, b) => rank(a) - rank(b) || a.family.localeCompare(b.family));
}

/** The machine's own font families, sans-serif ones first, as the card's own font is. */
function machineFamilies(): string[] {
  const rank = (family: string) => (/mono/i.test(family) ? 2 : /\bsans\b/i.test(family) ? 0 : 1);
  return GlobalFonts.families
    .map(({ family }) => family)
    .filter((family) => !family.startsWith(`${OWN_FAMILY} `))
    .sort((a, b) => rank(a) - rank(b));
}

// Pictographs, flags (regional indicators) and keycaps.
const EMOJI_CHARACTER = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20e3]/u;

/** Whether text has characters that are drawn from the emoji font. */
export function hasEmoji(text: string): boolean {
  return EMOJI_CHARACTER.test(text);
}

const registered = new Map<string, FontFace[]>();

/** A Fontsource package's faces, registered with the canvas once per process. */
function registeredFaces(packageName: string, familyName: string, weights: readonly number[]): FontFace[] {
  let faces = registered.get(packageName);
  if (!faces) {
    faces = fontsourceFaces(packageName, familyName, weights);
    for (const face of faces) {
      if (!GlobalFonts.registerFromPath(face.path, face.family)) throw new Error(`cannot load the font ${face.path}`);
    }
    registered.set(packageName, faces);
  }
  return faces;
}

/**
 * Registers the card fonts — the emoji font only when asked for, as loading it
 * takes a quarter of a second — and returns the font-family list that names
 * them: the npm fonts first, then the machine's. The canvas falls back only to
 * the families a font names, so the machine's are named too. Call it only
 * while no worker is drawing.
 */
export function cardFontStack({ emoji }: { emoji: boolean }): string {
  const faces = [
    ...registeredFaces('@fontsource/inter', 'Sans', [400, 700]),
    ...(emoji ? registeredFaces('@fontsource/noto-color-emoji', 'Emoji', [400]) : []),
  ];
  return [...new Set(faces.map((face) => face.family)), ...machineFamilies()]
    .filter((family) => !/["\\]/.test(family))
    .map((family) => `"${family}"`)
    .join(', ');
}
