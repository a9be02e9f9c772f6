/**
 * "Did you mean": corrects each unknown word of a query to the nearest word of
 * the site's vocabulary, by edit distance counting a swap of neighbours as one
 * edit (Damerau), preferring frequent words among equally near ones.
 */
import type { Vocabulary } from './vocabulary';

/** Edits tolerated for a word of this length: short words have too many neighbours. */
function maxEdits(length: number): number {
  if (length <= 4) return 1;
  return length <= 8 ? 2 : 3;
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and
 * adjacent transpositions), or `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current[j] = best;
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** The nearest vocabulary words to `word`, best first. */
export function nearestWords(word: string, vocabulary: Vocabulary, count: number): string[] {
  const limit = maxEdits(word.length);
  const found: { word: string; distance: number; frequency: number }[] = [];
  for (const [candidate, frequency] of vocabulary) {
    const distance = editDistance(word, candidate, limit);
    if (distance <= limit) found.push({ word: candidate, distance, frequency });
  }
  // A word one edit away beats a word two away however common; frequency breaks ties.
  found.sort((a, b) => a.distance - b.distance || b.frequency - a.frequency);
  return found.slice(0, count).map((entry) => entry.word);
}

const QUERY_WORD_RE = /[\p{L}\p{M}'’]+|[^\p{L}\p{M}'’]+/gu;

/**
 * Up to `count` corrected queries: the first unknown word's nearest words, each
 * with every other unknown word at its nearest. Empty when nothing is unknown
 * or nothing is near.
 */
export function suggestQueries(query: string, vocabulary: Vocabulary, count = 3): string[] {
  const known = new Set(vocabulary.map(([word]) => word));
  const pieces = query.trim().toLowerCase().match(QUERY_WORD_RE) ?? [];
  const unknown = pieces
    .map((piece, index) => ({ piece, index }))
    .filter(({ piece }) => /\p{L}/u.test(piece) && piece.length >= 3 && !known.has(piece));
  const [first, ...rest] = unknown;
  if (!first) return [];
  const corrected = [...pieces];
  for (const { piece, index } of rest) corrected[index] = nearestWords(piece, vocabulary, 1)[0] ?? piece;
  return nearestWords(first.piece, vocabulary, count).map((word) => {
    corrected[first.index] = word;
    return corrected.join('');
  });
}
