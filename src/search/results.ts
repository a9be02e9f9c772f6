/**
 * Turns what Pagefind returns into what a result shows. Nothing from the index
 * becomes markup: titles are text, and excerpts become runs of text that are
 * either highlighted or not — Pagefind's <mark> is the only tag honoured.
 */

/** The part of a Pagefind result fragment the UI reads. */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  /** The page's indexed text, and the word positions in it that matched. */
  content?: string;
  locations?: number[];
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string; anchor?: { id: string } | undefined }[];
}

export interface TextRun {
  text: string;
  marked: boolean;
}

export interface ShapedSection {
  title: string;
  url: string;
  excerpt: TextRun[];
}

export interface ShapedResult {
  url: string;
  title: string;
  date: string;
  /** "draft" or "scheduled" in dev, where unpublished posts are searchable too. */
  status: string;
  excerpt: TextRun[];
  sections: ShapedSection[];
}

/** Sections shown under a result: enough to jump straight to the right place, few enough to scan. */
const MAX_SECTIONS = 3;

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(?:lt|gt|amp|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Splits Pagefind's escaped excerpt into plain and highlighted runs of text. */
export function excerptRuns(excerpt: string): TextRun[] {
  const runs: TextRun[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') runs.push({ text: decodeEntities(piece), marked });
  }
  return runs;
}

export function shapeResult(fragment: PagefindFragment): ShapedResult {
  const sections = (fragment.sub_results ?? [])
    .filter((section) => section.anchor !== undefined && section.url !== fragment.url)
    .slice(0, MAX_SECTIONS)
    .map((section) => ({ title: section.title, url: section.url, excerpt: excerptRuns(section.excerpt) }));
  return {
    url: fragment.url,
    title: fragment.meta.title ?? fragment.url,
    date: fragment.meta.date ?? '',
    status: fragment.meta.status ?? '',
    excerpt: excerptRuns(fragment.excerpt),
    sections,
  };
}

/** What the live region says after a search; an empty query means the filters alone were searched. */
export function resultCountMessage(count: number, query: string): string {
  const what = query.trim() === '' ? 'these filters' : `“${query.trim()}”`;
  if (count === 0) return `No posts match ${what}.`;
  return count === 1 ? `1 post matches ${what}.` : `${count} posts match ${what}.`;
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD_RE) ?? [];
}

function sharedPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * Whether a result really matches the query. For a word it cannot find,
 * Pagefind searches the longest prefix it does have, so "xylophone" can come
 * back as every page containing "x". Prefix matches while typing ("semaph" →
 * "semaphore") and stems ("kernels" → "kernel") share most of the word and pass.
 */
export function matchesQuery(fragment: PagefindFragment, query: string): boolean {
  const wanted = words(query);
  const { content, locations } = fragment;
  if (wanted.length === 0 || content === undefined || locations === undefined || locations.length === 0) return true;
  const text = content.split(/\s+/);
  const matched = locations.flatMap((location) => words(text[location] ?? ''));
  return matched.some((word) =>
    wanted.some((term) => {
      const shared = sharedPrefix(word, term);
      return shared >= Math.min(term.length, 3) && shared * 2 >= term.length;
    }),
  );
}
