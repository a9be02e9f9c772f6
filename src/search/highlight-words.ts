/**
 * Which stretches of a text to highlight for the words a search result carried
 * in its address (?highlight=…). The words are only ever compared as text.
 */
import { escapeRegExp } from '../lib/regexp';
import { isPlainWord, searchWords } from './words';

// A reader's query has a few words; an address crafted with thousands should not cost the page anything.
const MAX_WORDS = 10;
const MAX_WORD_LENGTH = 64;
const PART_RE = /[\p{L}\p{N}]+/gu;
const NAME_CHAR = '[\\p{L}\\p{N}\\p{Pc}]';
const STARTS_NAME = /^[\p{L}\p{N}\p{Pc}]/u;
const ENDS_NAME = /[\p{L}\p{N}\p{Pc}]$/u;

/** The words to highlight, in lower case, from the `highlight` parameter's value. */
export function highlightWords(value: string | null): string[] {
  return [...new Set(searchWords(value ?? '').filter((word) => word.length <= MAX_WORD_LENGTH))].slice(0, MAX_WORDS);
}

/** Where a code word (`c++`, `std::io::read`) occurs whole: not inside a longer name. */
function codeWordPattern(word: string): RegExp {
  const literal = escapeRegExp(word);
  const before = STARTS_NAME.test(word) ? `(?<!${NAME_CHAR})` : '';
  const after = ENDS_NAME.test(word) ? `(?!${NAME_CHAR})` : '';
  return new RegExp(`${before}${literal}${after}`, 'giu');
}

/** [start, end) offsets of every whole occurrence in `text` of one of `words` (lower case), in order. */
export function highlightRanges(text: string, words: readonly string[]): [number, number][] {
  const plain = new Set(words.filter(isPlainWord));
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(PART_RE)) {
    if (plain.has(match[0].toLowerCase())) ranges.push([match.index, match.index + match[0].length]);
  }
  for (const word of words.filter((word) => !isPlainWord(word))) {
    for (const match of text.matchAll(codeWordPattern(word))) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}
