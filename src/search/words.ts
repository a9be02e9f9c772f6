/**
 * Words as search sees them, on the query side: runs of letters, digits and
 * `_`, with the code characters the index keeps inside words, so `C++`,
 * `std::io::Read` and `--release` stay whole as they do in the index.
 */
import { CODE_CHARACTERS } from './index-options';

const escaped = CODE_CHARACTERS.replace(/[\\\]^-]/g, '\\$&');
const TOKEN_RE = new RegExp(`[\\p{L}\\p{N}\\p{Pc}${escaped}]+`, 'gu');
const PART_RE = /[\p{L}\p{N}]+/gu;
const PLAIN_RE = /^[\p{L}\p{N}]+$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// "kernel." and "Note:" end a sentence or a clause; the word is what comes before.
const TRAILING_PUNCTUATION = /[.:]+$/u;

/** The words of `text`, in lower case. */
export function searchWords(text: string): string[] {
  return (text.toLowerCase().match(TOKEN_RE) ?? [])
    .map((word) => word.replace(TRAILING_PUNCTUATION, ''))
    .filter((word) => HAS_LETTER_OR_DIGIT.test(word));
}

/** Whether a word is letters and digits only, as opposed to a code identifier such as `io_uring` or `C++`. */
export function isPlainWord(word: string): boolean {
  return PLAIN_RE.test(word);
}

/** The letter-and-digit runs of a word: `std::io::read` → std, io, read. */
export function wordParts(word: string): string[] {
  return word.match(PART_RE) ?? [];
}

/**
 * The query as Pagefind is asked it. A member written on its own, `.unwrap()`
 * or `::new`, is indexed only as part of its receiver (`result.unwrap`), so
 * Pagefind is asked for the bare name; results are then held to the exact form
 * by matchesQuery (src/search/results.ts).
 */
export function indexQuery(query: string): string {
  return query.replace(/(^|\s)[.:]+(?=[\p{L}\p{N}\p{Pc}])/gu, '$1');
}
