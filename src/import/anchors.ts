/**
 * Section links (`#whats-next`) survive the move only if they name an id our
 * pages give. Generators make heading ids differently (Zola: `what-s-next`,
 * kramdown, Hugo…), so a fragment that names no id of ours is matched to the
 * heading whose letters and digits are the same; one that matches nothing is
 * dropped (the link then leads to the top of the post) and reported.
 */
import GithubSlugger from 'github-slugger';
import { editProse } from './code-spans.ts';

export interface Anchors {
  ids: Set<string>;
  /** Letters and digits of an id, lower-cased → our id. */
  byKey: Map<string, string>;
}

const HEADING_RE = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/gm;
const HTML_ID_RE = /\s(?:id|name)\s*=\s*["']([^"']+)["']/g;
/** Footnotes get their ids from the renderer, whatever the author wrote. */
const FOOTNOTE_RE = /^(fn|fnref|footnote|user-content-fn)/i;

/**
 * A heading's text as the page's slugger sees it: inline Markdown removed, but
 * spaces kept as written (two spaces make two hyphens) and underscores inside
 * words kept (`rustc_codegen_gcc` is not emphasis).
 */
function headingText(heading: string): string {
  return heading
    .replace(/<[^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*?)(?=\S)(.*?\S)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}])(__?)(?=\S)(.*?\S)\1(?![\p{L}\p{N}])/gu, '$2');
}

function key(id: string): string {
  return id.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The ids a post's page will have for its headings and its raw HTML. */
export function anchorsOf(markdown: string): Anchors {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  editProse(markdown, (prose) => {
    for (const [, heading = ''] of prose.matchAll(HEADING_RE)) ids.add(slugger.slug(headingText(heading)));
    for (const [, id = ''] of prose.matchAll(HTML_ID_RE)) ids.add(id);
    return prose;
  });
  const byKey = new Map<string, string>();
  for (const id of ids) if (!byKey.has(key(id))) byKey.set(key(id), id);
  return { ids, byKey };
}

/** Our id for a fragment: itself, the heading it meant, or undefined when it names nothing. */
export function matchFragment(fragment: string, anchors: Anchors): string | undefined {
  let decoded = fragment;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    // A malformed escape is compared as written.
  }
  if (anchors.ids.has(decoded) || FOOTNOTE_RE.test(decoded) || decoded === '' || decoded === 'top') return fragment;
  return anchors.byKey.get(key(decoded));
}

/**
 * `<a name="x">`, an old way to mark a place, becomes `<a id="x">`, which the page keeps and links
 * resolve to; wherever `name` stands among the attributes (`<a href="#x" name="x">`).
 */
export function namedAnchorsToIds(markdown: string): string {
  return editProse(markdown, (prose) =>
    prose.replace(/<a\s[^>]*>/gi, (tag) => (/\sid\s*=/i.test(tag) ? tag : tag.replace(/(\s)name(\s*=)/i, '$1id$2'))),
  );
}
