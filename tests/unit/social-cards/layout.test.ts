import { describe, expect, it } from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardCacheKey,
  cardJobFromHtml,
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

describe('cardJobFromHtml', () => {
  const page = (head: string) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title>${head}</head><body><p>body</p></body></html>`;
  const postHead = (title: string, image = 'https://example.com/og/spanning-tree.png') =>
    `<meta property="og:title" content="${title}"><meta property="og:image" content="${image}">` +
    '<meta property="article:published_time" content="2014-09-14T22:00:00.000Z">';

  it('reads the slug, title and published time of a post page', () => {
    expect(cardJobFromHtml(page(postHead('Spanning Tree')), '/')).toEqual({
      slug: 'spanning-tree',
      title: 'Spanning Tree',
      publishedIso: '2014-09-14T22:00:00.000Z',
    });
  });

  it('finds the card under a base path', () => {
    const html = page(postHead('Spanning Tree', 'https://example.com/blog/og/spanning-tree.png'));
    expect(cardJobFromHtml(html, '/blog/')?.slug).toBe('spanning-tree');
    expect(cardJobFromHtml(html, '/blog')?.slug).toBe('spanning-tree');
    expect(cardJobFromHtml(html, '/')).toBeUndefined();
  });

  it('decodes a percent-encoded slug into the file name', () => {
    const html = page(postHead('Café', 'https://example.com/og/caf%C3%A9-notes.png'));
    expect(cardJobFromHtml(html, '/')?.slug).toBe('café-notes');
  });

  it('decodes entities in the title, hostile text included, without running or keeping any markup', () => {
    const escaped =
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39; 日本語 עברית &#x1F680;';
    expect(cardJobFromHtml(page(postHead(escaped)), '/')?.title).toBe(
      `<script>alert(1)</script> & "quotes" 'single' 日本語 עברית 🚀`,
    );
  });

  it('decodes named entities and collapses whitespace in the title', () => {
    expect(cardJobFromHtml(page(postHead('  Tom&nbsp;&amp;&nbsp;Jerry &mdash;\n  a&hellip; ')), '/')?.title).toBe(
      'Tom\u00a0&\u00a0Jerry — a…',
    );
  });

  it('reads attributes in any order and quoting', () => {
    const head =
      "<meta content='Single quoted' property=og:title>" +
      '<META CONTENT="https://example.com/og/x.png" PROPERTY="og:image">' +
      '<meta content="2024-05-01T09:30:00+02:00" property="article:published_time" />';
    expect(cardJobFromHtml(page(head), '/')).toEqual({
      slug: 'x',
      title: 'Single quoted',
      publishedIso: '2024-05-01T09:30:00+02:00',
    });
  });

  it('is not fooled by a script or a comment in the head that mentions </head>', () => {
    const head = `<script>document.write('</head>')</script><!-- </head> -->${postHead('After the script')}`;
    expect(cardJobFromHtml(page(head), '/')?.title).toBe('After the script');
  });

  it('reads a page without head and body tags', () => {
    expect(cardJobFromHtml(postHead('Bare'), '/')?.title).toBe('Bare');
  });

  it.each([
    ['no og:image', '<meta property="og:title" content="Home">'],
    ['an image that is not a card', postHead('Home', 'https://example.com/og-default.png')],
    ['a card of another type', postHead('Home', 'https://example.com/og/x.jpg')],
    ['an image elsewhere on the site', postHead('Home', 'https://example.com/posts/og/x.png')],
  ])('asks for no card on a page with %s', (_case, head) => {
    expect(cardJobFromHtml(page(head), '/')).toBeUndefined();
  });

  it('ignores meta tags in the body', () => {
    const html = `<html><head></head><body>${postHead('In the body')}</body></html>`;
    expect(cardJobFromHtml(html, '/')).toBeUndefined();
  });

  it.each([
    ['no og:title', '<meta property="og:image" content="/og/x.png">', /og\/x\.png but has no og:title/],
    [
      'an empty og:title',
      '<meta property="og:title" content="  "><meta property="og:image" content="/og/x.png">',
      /has no og:title/,
    ],
    [
      'no published time',
      '<meta property="og:title" content="T"><meta property="og:image" content="/og/x.png">',
      /article:published_time "" is not an ISO date-time/,
    ],
    [
      'a published date that is not an instant',
      postHead('T', '/og/x.png').replace('2014-09-14T22:00:00.000Z', 'Sep 15, 2014'),
      /"Sep 15, 2014" is not an ISO date-time/,
    ],
    ['a slug that climbs out of og/', postHead('T', 'https://example.com/og/%2E%2E.png'), /does not name a card file/],
    ['a slug with a slash', postHead('T', 'https://example.com/og/a%2Fb.png'), /does not name a card file/],
    ['a slug in a subfolder', postHead('T', 'https://example.com/og/a/b.png'), /does not name a card file/],
    ['an empty slug', postHead('T', 'https://example.com/og/.png'), /does not name a card file/],
  ])('refuses a page that asks for a card with %s', (_case, head, message) => {
    expect(() => cardJobFromHtml(page(head), '/')).toThrow(message);
  });
});
