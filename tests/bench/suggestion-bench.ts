/**
 * How often "did you mean" offers the intended word first, over misspellings of
 * words of the 1000-post synthetic corpus (tests/fixtures/misspellings.json).
 * The word list is built from the corpus as the build builds it (title and body
 * of each post, src/pages/search-words.json.ts), so it needs neither a build
 * nor a browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggestQueries } from '../../src/search/suggest.ts';
import { buildVocabulary } from '../../src/search/vocabulary.ts';
import { ROOT } from '../support/astro-build.ts';
import { generateCorpus } from './corpus.ts';

export const SUGGESTION_CORPUS_POSTS = 1000;

export interface SuggestionFigures {
  misspellings: number;
  intendedFirst: number;
  share: number;
  /** Each misspelling whose first suggestion was another word, with that word ("" for none). */
  misses: { typo: string; intended: string; first: string }[];
}

/** The text the build reads from a corpus post: its title, then its Markdown body. */
function titleAndBody(source: string): string {
  const end = source.indexOf('\n---\n', 3);
  if (!source.startsWith('---\n') || end === -1) throw new Error('A corpus post has no front matter');
  const title = /^title: '(.*)'$/m.exec(source.slice(0, end))?.[1]?.replaceAll("''", "'") ?? '';
  return `${title}\n${source.slice(end + 5)}`;
}

export function benchSuggestions(): SuggestionFigures {
  const vocabulary = buildVocabulary(
    generateCorpus(SUGGESTION_CORPUS_POSTS, 1).map((post) => titleAndBody(post.source)),
  );
  const known = new Set(vocabulary.map(([word]) => word));
  const pairs = Object.entries(
    JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/misspellings.json'), 'utf8')) as Record<string, string>,
  );
  for (const [typo, intended] of pairs) {
    if (!known.has(intended)) throw new Error(`misspellings.json: "${intended}" (for "${typo}") is not a corpus word`);
    if (known.has(typo)) throw new Error(`misspellings.json: "${typo}" is a corpus word, not a misspelling`);
  }
  const misses = pairs
    .map(([typo, intended]) => ({ typo, intended, first: suggestQueries(typo, vocabulary)[0] ?? '' }))
    .filter(({ intended, first }) => first !== intended);
  const intendedFirst = pairs.length - misses.length;
  return { misspellings: pairs.length, intendedFirst, share: intendedFirst / pairs.length, misses };
}
