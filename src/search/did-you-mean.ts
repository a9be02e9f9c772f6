/**
 * Client side of "did you mean": fetches the site's word list the first time a
 * search finds nothing, and corrects the query against it.
 */
import suggestUrl from 'virtual:lazy-url/src/search/suggest.ts';
import type { Vocabulary } from './vocabulary';

// Fetched with the word list, never with the first search, which has a byte budget to keep.
type Suggest = typeof import('./suggest');

let loading: Promise<Vocabulary> | undefined;

function loadVocabulary(url: string): Promise<Vocabulary> {
  loading ??= fetch(url)
    .then(async (response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return (await response.json()) as Vocabulary;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** Corrected queries for one that found nothing; none when the word list cannot be had. */
export async function didYouMean(wordsUrl: string, query: string): Promise<string[]> {
  try {
    const [{ suggestQueries }, vocabulary] = await Promise.all([
      import(/* @vite-ignore */ suggestUrl) as Promise<Suggest>,
      loadVocabulary(wordsUrl),
    ]);
    return suggestQueries(query, vocabulary);
  } catch {
    // Suggestions are a courtesy: without the word list the reader still sees "No posts match".
    return [];
  }
}
