/**
 * Turns what Pagefind returns into what a result shows. Nothing from the index
 * becomes markup: titles are text, and excerpts become runs of text that are
 * either highlighted or not — Pagefind's <mark> is the only tag honoured.
 */

import { isPlainWord, searchWords, wordParts } from './words';

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

/** What a result shows; its links carry the words that matched `query` to highlight on arrival. */
export function shapeResult(fragment: PagefindFragment, query = ''): ShapedResult {
  const highlight = matchedWords(fragment, query);
  const sections = (fragment.sub_results ?? [])
    .filter((section) => section.anchor !== undefined && section.url !== fragment.url)
    .slice(0, MAX_SECTIONS)
    .map((section) => ({
      title: section.title,
      url: withHighlight(section.url, highlight),
      excerpt: excerptRuns(section.excerpt),
    }));
  return {
    url: withHighlight(fragment.url, highlight),
    title: fragment.meta.title ?? fragment.url,
    date: fragment.meta.date ?? '',
    status: fragment.meta.status ?? '',
    excerpt: excerptRuns(fragment.excerpt),
    sections,
  };
}

/**
 * A live-region message: plain strings, and the reader's own words kept apart
 * so they render isolated (<bdi>) and bidi controls in them cannot reorder the page.
 */
export type StatusMessage = readonly (string | { readonly query: string })[];

/** What the live region says after a search; an empty query means the filters alone were searched. */
export function resultCountMessage(count: number, query: string): StatusMessage {
  const trimmed = query.trim();
  const what: StatusMessage = trimmed === '' ? ['these filters'] : ['“', { query: trimmed }, '”'];
  if (count === 0) return ['No posts match ', ...what, '.'];
  return [count === 1 ? '1 post matches ' : `${count} posts match `, ...what, '.'];
}

/** The message's text as a screen reader hears it. */
export function messageText(message: StatusMessage): string {
  return message.map((part) => (typeof part === 'string' ? part : part.query)).join('');
}

function sharedPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

function isMatchFor(word: string, term: string): boolean {
  const shared = sharedPrefix(word, term);
  return shared >= Math.min(term.length, 3) && shared * 2 >= term.length;
}

const IDENTIFIER_TAIL_RE = /^[\p{L}\p{N}\p{Pc}]*/u;
const NAME_CHAR_RE = /[\p{L}\p{N}\p{Pc}]/u;

/**
 * The form of a page's `word` that query `term` matched, if it did. A plain
 * term matches a letter-and-digit part of the word by prefix or stem. A code
 * term (`c++`, `std::io::read`, `.unwrap`) must occur in the word itself, at
 * the start of a name (`.unwrap` in `x.unwrap` counts, `map` in `bitmap` not),
 * and stands for the whole name it begins, so `std::io::re` typed so far
 * matches `std::io::read`.
 */
function matchIn(word: string, term: string): string | undefined {
  if (isPlainWord(term)) return wordParts(word).find((part) => isMatchFor(part, term));
  for (let at = word.indexOf(term); at !== -1; at = word.indexOf(term, at + 1)) {
    const startsName = at === 0 || !NAME_CHAR_RE.test(term.charAt(0)) || !NAME_CHAR_RE.test(word.charAt(at - 1));
    if (startsName) {
      const end = at + term.length;
      return word.slice(at, end) + (IDENTIFIER_TAIL_RE.exec(word.slice(end))?.[0] ?? '');
    }
  }
  return undefined;
}

function matchesIn(words: readonly string[], terms: readonly string[]): string[] {
  return words.flatMap((word) => terms.flatMap((term) => matchIn(word, term) ?? []));
}

/**
 * The words of a result that really match the query, in lower case: in its
 * title (which Pagefind matches without a location in the text) or at the
 * places Pagefind says the text matched. For a word it cannot find, Pagefind
 * searches the longest prefix it does have, so "xylophone" can come back as
 * every page containing "x". Prefix matches while typing ("semaph" →
 * "semaphore") and stems ("kernels" → "kernel") share most of the word and
 * count. A result with neither matched nothing a reader could be shown.
 */
export function matchedWords(fragment: PagefindFragment, query: string): string[] {
  const terms = searchWords(query);
  if (terms.length === 0) return [];
  const inTitle = matchesIn(searchWords(fragment.meta.title ?? ''), terms);
  const { content, locations } = fragment;
  const text = content?.split(/\s+/) ?? [];
  const located = (locations ?? []).flatMap((location) => searchWords(text[location] ?? ''));
  return [...new Set([...matchesIn(located, terms), ...inTitle])];
}

/** Whether a result is worth showing: a filter-only search keeps every post the filters keep. */
export function matchesQuery(fragment: PagefindFragment, query: string): boolean {
  return searchWords(query).length === 0 || matchedWords(fragment, query).length > 0;
}

/** Param that carries the matched words to the post, which highlights them (see highlight.ts). */
export const HIGHLIGHT_PARAM = 'highlight';

/** A result's address with the words to highlight on arrival, before any #section. */
export function withHighlight(url: string, highlight: readonly string[]): string {
  if (highlight.length === 0) return url;
  const hash = url.indexOf('#');
  const [path, fragment] = hash === -1 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const params = new URLSearchParams({ [HIGHLIGHT_PARAM]: highlight.join(' ') });
  return `${path}${path.includes('?') ? '&' : '?'}${params.toString()}${fragment}`;
}
