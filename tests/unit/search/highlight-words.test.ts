import { describe, expect, it } from 'vitest';
import { highlightRanges, highlightWords } from '../../../src/search/highlight-words';

describe('highlightWords', () => {
  it('reads words from the parameter, in lower case, once each', () => {
    expect(highlightWords('Semaphore semaphore kernel')).toEqual(['semaphore', 'kernel']);
  });

  it('never passes markup or patterns on, only words', () => {
    expect(highlightWords('<img src=x onerror=alert(1)> .*')).toEqual(['img', 'src', 'x', 'onerror', 'alert', '1']);
    expect(highlightWords(null)).toEqual([]);
  });

  it('caps how many words an address can ask for', () => {
    expect(highlightWords(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' '))).toHaveLength(10);
  });
});

describe('highlightRanges', () => {
  it('finds whole words, whatever their case', () => {
    const text = 'A Semaphore, semaphores and a semaphore.';
    expect(highlightRanges(text, ['semaphore']).map(([start, end]) => text.slice(start, end))).toEqual([
      'Semaphore',
      'semaphore',
    ]);
  });
});
