import { describe, expect, it } from 'vitest';
import { cutAtWord, firstParagraph } from '../../../src/import/description';

describe('cutAtWord', () => {
  it('keeps text that fits', () => {
    expect(cutAtWord('Short enough.')).toBe('Short enough.');
  });

  it('cuts at a word, within 160 characters, and marks the cut', () => {
    const text = `${'word '.repeat(40)}end`;
    const cut = cutAtWord(text);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut.endsWith('word…')).toBe(true);
  });
});

describe('firstParagraph', () => {
  it('skips headings, code, images and template code and returns plain text', () => {
    const body = [
      '## Intro',
      '```js\nconst a = 1;\n\nconst b = 2;\n```',
      '![chart](chart.png)',
      '{{< figure src="a.png" >}}',
      'The **first** paragraph, with [a link](https://example.org) and `code`.',
      'The second.',
    ].join('\n\n');
    expect(firstParagraph(body)).toBe('The first paragraph, with a link and code.');
  });

  it('is empty when there is no prose', () => {
    expect(firstParagraph('```\ncode\n```\n')).toBe('');
  });
});
