/**
 * The site's own vocabulary, for "did you mean": every word of the posts' prose
 * with how often it occurs, built at build time and fetched by the browser only
 * when a search finds nothing.
 */

/** [word, occurrences], most frequent first. */
export type Vocabulary = readonly (readonly [string, number])[];

// Shorter words are too close to too many others to be worth suggesting.
const MIN_WORD_LENGTH = 3;
// Enough for years of writing; a longer tail is typos and names seen once.
const MAX_WORDS = 30_000;
const WORD_RE = /\p{L}[\p{L}\p{M}'’]*/gu;

/** Markdown prose only: code, URLs, HTML tags and front matter are not words a reader types. */
function prose(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
}

export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const match of prose(text).toLowerCase().matchAll(WORD_RE)) {
      const word = match[0].replace(/['’]s?$/, '');
      if (word.length >= MIN_WORD_LENGTH) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1)).slice(0, MAX_WORDS);
}
