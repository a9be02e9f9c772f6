/**
 * Loads the Pagefind bundle once, on demand. It is fetched from the site
 * itself (dist/pagefind/ in production, the dev server's own index in dev), so
 * it is imported by URL at run time, never bundled.
 */
import type { PagefindFragment } from '../../lib/search-results';

export interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data: () => Promise<PagefindFragment> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

// Long enough for a sentence of context around the match, short enough to scan.
const EXCERPT_WORDS = 24;

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(url: string): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>)
    .then(async (pagefind) => {
      await pagefind.options({ excerptLength: EXCERPT_WORDS });
      await pagefind.init();
      return pagefind;
    })
    .catch((error: unknown) => {
      // Let a later attempt try again, e.g. once the network is back.
      loading = undefined;
      throw error;
    });
  return loading;
}
