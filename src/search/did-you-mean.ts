/**
 * Client side of "did you mean": fetches the site's word list the first time a
 * search finds nothing, and corrects the query against it.
 */
import { suggestQueries } from './suggest';
import type { Vocabulary } from './vocabulary';

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
    return suggestQueries(query, await loadVocabulary(wordsUrl));
  } catch {
    // Suggestions are a courtesy: without the word list the reader still sees "No posts match".
    return [];
  }
}
