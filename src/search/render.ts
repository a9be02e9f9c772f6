/**
 * DOM for one search result, shared by the overlay and the search page. Every
 * string goes in as text; only <mark> elements are created for highlights.
 */
import type { ShapedResult, TextRun } from './results';

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
