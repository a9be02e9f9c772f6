/**
 * DOM for search results and messages, shared by the overlay and the search
 * page. Every string goes in as text; elements are only ever created by name.
 */
import type { ShapedResult, StatusMessage, TextRun } from './results';

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function excerptElement(runs: readonly TextRun[], className: string): HTMLElement {
  const excerpt = element('span', className);
  for (const run of runs) {
    excerpt.append(run.marked ? element('mark', '', run.text) : document.createTextNode(run.text));
  }
  return excerpt;
}

/** Title line (with date and, in dev, the draft state) and excerpt of a result. */
export function resultContent(result: ShapedResult): HTMLElement[] {
  const heading = element('span', 'search-result-heading');
  heading.append(element('span', 'search-result-title', result.title));
  if (result.status !== '') heading.append(element('span', 'search-result-status', result.status));
  if (result.date !== '') heading.append(element('span', 'search-result-date', result.date));
  return [heading, excerptElement(result.excerpt, 'search-result-excerpt')];
}

/** Fills a status line; the reader's own words go in a <bdi>, so they cannot reorder the sentence. */
export function showMessage(target: Element, message: StatusMessage): void {
  target.replaceChildren(
    ...message.map((part) =>
      typeof part === 'string' ? document.createTextNode(part) : element('bdi', '', part.query),
    ),
  );
}

/**
 * Fills "Did you mean …?" with a link per corrected query (each a real search
 * address, `hrefFor` the query) and shows it, or hides it when there are none.
 */
export function showSuggestions(
  target: HTMLElement,
  queries: readonly string[],
  hrefFor: (query: string) => string,
): void {
  const list = target.querySelector('.search-suggestion-list') ?? target;
  list.replaceChildren(
    ...queries.flatMap((query, index) => {
      const link = document.createElement('a');
      link.href = hrefFor(query);
      link.dataset.query = query;
      link.textContent = query;
      const separator = index === 0 ? [] : [document.createTextNode(index === queries.length - 1 ? ' or ' : ', ')];
      return [...separator, link];
    }),
  );
  target.hidden = queries.length === 0;
}
