import { describe, expect, it } from 'vitest';
import { proseWordCount, readingMinutes } from '../../../src/lib/reading-time';

describe('proseWordCount', () => {
  it('counts the words of prose', () => {
    expect(proseWordCount('A short sentence, with five words.')).toBe(6);
  });

  it('skips fenced code, however long', () => {
    const code = Array.from({ length: 500 }, (_, i) => `let x${i} = ${i};`).join('\n');
    expect(proseWordCount(`Two words.\n\n\`\`\`rust\n${code}\n\`\`\`\n\nThree more words.`)).toBe(5);
    expect(proseWordCount('One.\n\n~~~\nnot counted here\n~~~\n')).toBe(1);
  });

  it('skips MDX imports, HTML tags and link targets but keeps their text', () => {
    const mdx =
      'import Figure from \'./x.astro\';\n\n<Callout type="note">Read this</Callout> and [the docs](https://example.com/a/b/c)';
    expect(proseWordCount(mdx)).toBe(5);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [100, 1],
    [230, 1],
    [460, 2],
    [1150, 5],
  ])('%i words take %i min', (words, minutes) => {
    expect(readingMinutes('word '.repeat(words))).toBe(minutes);
  });
});
