/**
 * When the overlay searches while the reader types. As a prefix, a word of one
 * or two letters matches words across much of the index, so searching it would
 * fetch index chunks (about 25 KB gzip each) that the finished word does not
 * need, and result pages for words the reader is not looking for. Such a word
 * is most often the start of a longer one: its search waits for a pause.
 */

/** Pause after a keystroke before searching; fast typing runs one search, not one per letter. */
export const TYPING_PAUSE_MS = 25;
/** Pause before searching when the word being typed is shorter than SHORT_WORD; `go` still finds Go. */
export const SHORT_WORD_PAUSE_MS = 300;
const SHORT_WORD = 3;

/** The word at the end of `query` that the reader may still be typing; '' when a space ends the query. */
function wordBeingTyped(query: string): string {
  return /\S*$/u.exec(query)?.[0] ?? '';
}

function typingShortWord(query: string): boolean {
  const word = wordBeingTyped(query);
  return word !== '' && word.length < SHORT_WORD;
}

/** How long to wait after a keystroke before searching `query`. */
export function searchPause(query: string): number {
  return typingShortWord(query) ? SHORT_WORD_PAUSE_MS : TYPING_PAUSE_MS;
}

/** Whether the index chunks for `query` are worth fetching at once, before the pause ends. */
export function worthPreloading(query: string): boolean {
  return query.trim() !== '' && !typingShortWord(query);
}
