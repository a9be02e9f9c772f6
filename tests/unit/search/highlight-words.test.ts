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

describe('code identifiers', () => {
  const found = (text: string, words: string[]) =>
    highlightRanges(text, words).map(([start, end]) => text.slice(start, end));

  it('keeps identifiers whole in the parameter', () => {
    expect(highlightWords('C++ std::io::read --release .unwrap io_uring kernel.')).toEqual([
      'c++',
      'std::io::read',
      '--release',
      '.unwrap',
      'io_uring',
      'kernel',
    ]);
  });

  it('highlights each identifier where it occurs whole, in order with plain words', () => {
    const text = 'Use C++ (not C), std::io::Read, x.unwrap() and --release; my_io_uring is not io_uring.';
    expect(found(text, ['c++', 'std::io::read', '.unwrap', '--release', 'io_uring', 'use'])).toEqual([
      'Use',
      'C++',
      'std::io::Read',
      '.unwrap',
      '--release',
      'io_uring',
    ]);
  });

  it('treats the characters of an identifier literally, never as a pattern', () => {
    expect(found('a.b axb', ['a.b'])).toEqual(['a.b']);
  });
});
