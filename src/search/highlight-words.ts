/**
 * Which stretches of a text to highlight for the words a search result carried
 * in its address (?highlight=…). The words are only ever compared as text.
 */

// A reader's query has a few words; an address crafted with thousands should not cost the page anything.
const MAX_WORDS = 10;
const MAX_WORD_LENGTH = 64;
const WORD_RE = /[\p{L}\p{N}]+/gu;

/** The words to highlight, in lower case, from the `highlight` parameter's value. */
export function highlightWords(value: string | null): string[] {
  const words = (value ?? '').toLowerCase().match(WORD_RE) ?? [];
  return [...new Set(words.filter((word) => word.length <= MAX_WORD_LENGTH))].slice(0, MAX_WORDS);
}

/** [start, end) offsets of every whole word of `text` that is one of `words` (lower case). */
export function highlightRanges(text: string, words: readonly string[]): [number, number][] {
  const wanted = new Set(words);
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD_RE)) {
    if (wanted.has(match[0].toLowerCase())) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}
