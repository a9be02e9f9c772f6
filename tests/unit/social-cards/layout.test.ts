import { describe, expect, it } from 'vitest';
import { parseHexColour } from '../../../src/social-cards/palette-png';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardCacheKey,
  cardPalette,
  layoutCard,
  layoutTitle,
  textDirection,
  wrapText,
  type CardContent,
  type CardFont,
} from '../../../src/social-cards/layout';

/** Every character is as wide as its font size: easy to reason about, like a monospace font. */
const monospace = (text: string, font: CardFont = { size: 1, weight: 700 }) =>
  Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)).length * font.size;

describe('wrapText', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapText('Spanning Tree', 20, 3, monospace)).toEqual({ lines: ['Spanning Tree'], truncated: false });
  });

  it('breaks at spaces, filling each line as far as it goes', () => {
    expect(wrapText('the quick brown fox jumps over the lazy dog', 15, 4, monospace)).toEqual({
      lines: ['the quick brown', 'fox jumps over', 'the lazy dog'],
      truncated: false,
    });
  });

  it('treats runs of whitespace as one space, but keeps a no-break space between its words', () => {
    expect(wrapText('  part\u00a01 \n\t of   three ', 7, 3, monospace).lines).toEqual(['part\u00a01', 'of', 'three']);
  });

  it('cuts text that needs more lines short with an ellipsis that fits the last line', () => {
    const wrapped = wrapText('one two three four five six seven eight', 9, 2, monospace);
    expect(wrapped).toEqual({ lines: ['one two', 'three…'], truncated: true });
    for (const line of wrapped.lines) expect(monospace(line)).toBeLessThanOrEqual(9);
  });

  it('drops punctuation left before the ellipsis', () => {
    expect(wrapText('alpha, beta, gamma, delta', 13, 1, monospace).lines).toEqual(['alpha, beta…']);
  });

  it('breaks a word longer than a line between characters, starting on the current line', () => {
    expect(wrapText('see aaaaaaaaaaaa', 8, 3, monospace).lines).toEqual(['see aaaa', 'aaaaaaaa']);
  });

  it('breaks text written without spaces, such as Japanese, between characters', () => {
    expect(wrapText('日本語の長いタイトルです', 5, 3, monospace).lines).toEqual(['日本語の長', 'いタイトル', 'です']);
  });

  it('shortens a single over-long word character by character to fit the ellipsis', () => {
    expect(wrapText('abcdefghij klmnop', 6, 1, monospace).lines).toEqual(['abcde…']);
  });

  it('never splits an emoji made of several code points', () => {
    const lines = wrapText('👩‍💻👩‍💻👩‍💻👩‍💻', 2, 3, monospace).lines;
    expect(lines).toEqual(['👩‍💻👩‍💻', '👩‍💻👩‍💻']);
  });

  it('wraps nothing into no lines', () => {
    expect(wrapText('   ', 10, 3, monospace)).toEqual({ lines: [], truncated: false });
  });
});

describe('layoutTitle', () => {
  /** Roughly Inter Bold: about half an em per character. */
  const proportional = (text: string, font: CardFont) => monospace(text, font) * 0.55;

  it('sets a short title at the largest size', () => {
    expect(layoutTitle('Spanning Tree', proportional)).toMatchObject({ font: { size: 72 }, lines: ['Spanning Tree'] });
  });

  it('steps down in size as a title grows, and keeps the whole title while it can', () => {
    const medium = 'Why my local IP broke IPv6 tunnels, and the one-line fix that took three weeks';
    const long = `${medium} of packet captures and kernel bisects`;
    const mediumLayout = layoutTitle(medium, proportional);
    const longLayout = layoutTitle(long, proportional);
    expect(mediumLayout.font.size).toBeLessThan(72);
    expect(longLayout.font.size).toBeLessThan(mediumLayout.font.size);
    expect(longLayout.lines.join(' ')).toBe(long);
    expect(longLayout.lines.length).toBeLessThanOrEqual(4);
  });

  it('cuts a title too long for any size at four lines, ending in an ellipsis', () => {
    const layout = layoutTitle('word '.repeat(200), proportional);
    expect(layout.font.size).toBe(48);
    expect(layout.lines).toHaveLength(4);
    expect(layout.lines.at(-1)).toMatch(/…$/);
  });
});

describe('textDirection', () => {
  it.each([
    ['Spanning Tree', 'ltr'],
    ['עברית ראשונה, then English', 'rtl'],
    ['«العربية»', 'rtl'],
    ['2026: עברית', 'rtl'],
    ['日本語', 'ltr'],
    ['🚀 launch', 'ltr'],
    ['', 'ltr'],
  ])('%s reads %s', (text, direction) => {
    expect(textDirection(text)).toBe(direction);
  });
});

describe('layoutCard', () => {
  const content: CardContent = { siteName: 'Rabbit Holes', title: 'Spanning Tree', dateText: 'Oct 14, 2026' };
  const measure = (text: string, font: CardFont) => monospace(text, font) * 0.55;

  it('shows the site name, the title and the date, in that order, inside the card', () => {
    const drawing = layoutCard(content, measure);
    expect(drawing.texts.map((text) => text.text)).toEqual(['Rabbit Holes', 'Spanning Tree', 'Oct 14, 2026']);
    const ys = drawing.texts.map((text) => text.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    for (const text of drawing.texts) {
      expect(text.x).toBeGreaterThan(0);
      expect(text.x).toBeLessThan(CARD_WIDTH);
      expect(text.y - text.font.size / 2).toBeGreaterThan(0);
      expect(text.y + text.font.size / 2).toBeLessThan(CARD_HEIGHT);
    }
  });

  it('sets a right-to-left title from the right edge, every line of it', () => {
    const drawing = layoutCard({ ...content, title: `עברית ${'מילה '.repeat(30)} Linux` }, measure);
    const titleLines = drawing.texts.slice(1, -1);
    expect(titleLines.length).toBeGreaterThan(1);
    for (const line of titleLines) expect(line).toMatchObject({ direction: 'rtl', x: CARD_WIDTH - 96 });
    expect(drawing.texts[0]).toMatchObject({ direction: 'ltr', x: 96 });
  });

  it('keeps a long title between the site name and the date', () => {
    const drawing = layoutCard({ ...content, title: 'word '.repeat(200) }, measure);
    const [siteName, ...rest] = drawing.texts;
    const date = rest.pop();
    for (const line of rest) {
      expect(line.y - line.font.size / 2).toBeGreaterThan((siteName?.y ?? 0) + 17);
      expect(line.y + line.font.size / 2).toBeLessThan((date?.y ?? 0) - 15);
    }
  });
});

describe('cardPalette', () => {
  const drawing = layoutCard(
    { siteName: 'Rabbit Holes', title: 'Spanning Tree', dateText: 'Oct 14, 2026' },
    (text) => text.length * 20,
  );
  const palette = cardPalette(drawing).map(
    (rgb) => `#${rgb.map((value) => value.toString(16).padStart(2, '0')).join('')}`,
  );
  const title = drawing.texts[1];

  it('fits 4 bits a pixel and holds the background first, then every colour painted', () => {
    expect(palette).toHaveLength(16);
    expect(palette[0]).toBe(drawing.background);
    for (const shape of [...drawing.rects, ...drawing.texts]) expect(palette).toContain(shape.color);
  });

  it("gives the title's colour the most blends into the background, for the edges of its letters", () => {
    const [white, ink] = [parseHexColour(drawing.background), parseHexColour(title?.color ?? '')];
    const onTitleRamp = cardPalette(drawing).filter((rgb) => {
      const share = (rgb[0] - white[0]) / (ink[0] - white[0]);
      return (
        share > 0 &&
        share < 1 &&
        rgb.every(
          (value, channel) =>
            Math.abs(value - (white[channel] ?? 0) - share * ((ink[channel] ?? 0) - (white[channel] ?? 0))) <= 1,
        )
      );
    });
    // Sixteen entries less the background and four painted colours, less one blend for each of the two other text colours.
    expect(onTitleRamp).toHaveLength(9);
  });
});

describe('cardCacheKey', () => {
  const content: CardContent = { siteName: 'Rabbit Holes', title: 'Spanning Tree', dateText: 'Sep 15, 2014' };

  it('is a SHA-256 hex digest that stays the same for the same card', () => {
    const key = cardCacheKey(content);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cardCacheKey({ ...content })).toBe(key);
  });

  it('changes when the title, the date or the site name changes', () => {
    const keys = [
      content,
      { ...content, title: 'Spanning Tree!' },
      { ...content, dateText: 'Sep 16, 2014' },
      { ...content, siteName: 'Rabbit Hole' },
    ].map(cardCacheKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('cannot be fooled by text moving from one field to the next', () => {
    expect(cardCacheKey({ siteName: 'a', title: 'b c', dateText: 'd' })).not.toBe(
      cardCacheKey({ siteName: 'a', title: 'b', dateText: 'c d' }),
    );
  });
});
