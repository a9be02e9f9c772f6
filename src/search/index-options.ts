/**
 * How Pagefind reads the site, for the production index and the dev index alike.
 */
import type { PagefindServiceConfig } from 'pagefind';

/**
 * Characters kept inside words, so `C++`, `C#`, `std::io::Read`, `--release`
 * and `.unwrap()` are words of their own (Pagefind still indexes their parts,
 * so `unwrap` finds `.unwrap()` too). `_` is a word character already. The
 * query side splits words the same way (src/search/words.ts).
 */
export const CODE_CHARACTERS = '+#:.-';

/** The attribute post pages mark their text with for the index (src/layouts/PostLayout.astro). */
export const SEARCH_BODY_ATTRIBUTE = 'data-pagefind-body';

export const SEARCH_INDEX_OPTIONS: PagefindServiceConfig = {
  includeCharacters: CODE_CHARACTERS,
  // Code listings: their identifiers would drown the prose that explains them, and inflate the index.
  // Framed listings say so themselves (src/markdown/code-frame.ts); this catches every other <pre>.
  excludeSelectors: ['pre'],
};
