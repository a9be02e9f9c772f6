/**
 * A built site as a static host serves it: which file answers a URL, which
 * URL a file is served at, and the elements of its HTML. Shared by the build's
 * own checks and by the tests that inspect dist/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type HtmlNode = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

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

export function parseHtml(file: string): DefaultTreeAdapterMap['document'] {
  return parse(readFileSync(file, 'utf8'));
}

export function elements(node: HtmlNode): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (current: HtmlNode) => {
    if ('tagName' in current) found.push(current);
    const children =
      'content' in current ? current.content.childNodes : 'childNodes' in current ? current.childNodes : [];
    for (const child of children) visit(child);
  };
  visit(node);
  return found;
}

export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

export function textOf(node: HtmlNode): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return 'childNodes' in node ? node.childNodes.map((child) => textOf(child)).join('') : '';
}

/** Every URL an element tree refers to: links, assets, image candidates, form targets. */
export function referencesIn(node: HtmlNode): string[] {
  return elements(node).flatMap((element) => {
    const single = ['href', 'src', 'action', 'poster'].flatMap((name) => attr(element, name) ?? []);
    const srcset = (attr(element, 'srcset') ?? '')
      .split(',')
      .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
      .filter((url) => url !== '');
    return [...single, ...srcset];
  });
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
): string[] {
  const idsByFile = new Map<string, Set<string>>();
  const idsIn = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      ids = new Set(elements(parseHtml(file)).flatMap((element) => attr(element, 'id') ?? []));
      idsByFile.set(file, ids);
    }
    return ids;
  };
  return references.flatMap((reference) => {
    const target = new URL(reference, pageUrl);
    if (!ownOrigins.includes(target.origin)) return [];
    const file = fileFor(target.pathname, built);
    if (!file) return [`${reference} (nothing at ${target.pathname})`];
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment !== '' && file.endsWith('.html') && !idsIn(file).has(fragment)) {
      return [`${reference} (no element with id "${fragment}")`];
    }
    return [];
  });
}
