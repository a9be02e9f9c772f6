/**
 * A built site as a static host serves it: which file answers a URL, which
 * URL a file is served at, and what its pages link to. Shared by the build's
 * own checks and by the tests that inspect dist/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Where a site was built to, and the base path it is served under ("/" or "/blog/"). */
export interface BuiltSite {
  dir: string;
  base: string;
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The URL path a file is served at: dist/posts/x/index.html → /posts/x/ (with the base in front). */
export function urlOf(file: string, { dir, base }: BuiltSite): string {
  const path = relative(dir, file).split(sep).join('/');
  return base + path.replace(/(^|\/)index\.html$/, '$1');
}

/** The file that answers a URL path, if any (directory URLs answer with their index.html). */
export function fileFor(pathname: string, { dir, base }: BuiltSite): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const path = join(dir, decodeURIComponent(pathname.slice(base.length)));
  for (const candidate of [path, join(path, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not this candidate; try the next.
    }
  }
  return undefined;
}

// A start tag, its quoted values included (they may hold `>`). Text that shows HTML, as code
// listings do, is escaped (`&lt;img src="…"`) and never matches, so it is not read as a link.
const START_TAG_RE = /<[a-zA-Z][^>"]*(?:"[^"]*"[^>"]*)*>/g;
const REFERENCE_RE = /\s(href|src|action|poster|srcset)="([^"]*)"/g;
const ID_RE = /\sid="([^"]*)"/g;

/** The matches of an attribute pattern in the start tags of some HTML. */
function attributesInTags(html: string, pattern: RegExp): RegExpExecArray[] {
  return (html.match(START_TAG_RE) ?? []).flatMap((tag) => [...tag.matchAll(pattern)]);
}
const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };

/** An attribute value as written in HTML, back to its text. */
function decodeAttribute(value: string): string {
  return value.replace(/&(?:amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Every URL some HTML refers to: links, assets, image candidates, form targets.
 * Read with a pattern rather than a parser because checks run over every page of
 * large builds; Astro always writes these attributes double-quoted.
 */
export function referencesInHtml(html: string): string[] {
  return attributesInTags(html, REFERENCE_RE).flatMap(([, name, raw = '']) => {
    const value = decodeAttribute(raw);
    if (name !== 'srcset') return [value];
    return value
      .split(',')
      .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
      .filter((url) => url !== '');
  });
}

/** The ids of an HTML file's elements, read once per file however many links point into it. */
export type IdsOf = (file: string) => Set<string>;

/** An IdsOf that reads each file once; share one across all the pages a check visits. */
export function idsReader(): IdsOf {
  const idsByFile = new Map<string, Set<string>>();
  return (file) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      ids = new Set(attributesInTags(readFileSync(file, 'utf8'), ID_RE).map(([, id = '']) => decodeAttribute(id)));
      idsByFile.set(file, ids);
    }
    return ids;
  };
}

/**
 * The references among `references` that lead nowhere in the built site: a
 * page or asset that does not exist, or an #anchor the target page lacks.
 * References to other origins are not checked.
 */
export function brokenReferences(
  references: readonly string[],
  pageUrl: URL,
  built: BuiltSite,
  ownOrigins: readonly string[],
  idsOf: IdsOf = idsReader(),
): string[] {
  return references.flatMap((reference) => {
    const target = new URL(reference, pageUrl);
    if (!ownOrigins.includes(target.origin)) return [];
    const file = fileFor(target.pathname, built);
    if (!file) return [`${reference} (nothing at ${target.pathname})`];
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment !== '' && file.endsWith('.html') && !idsOf(file).has(fragment)) {
      return [`${reference} (no element with id "${fragment}")`];
    }
    return [];
  });
}
