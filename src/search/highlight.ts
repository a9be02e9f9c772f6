/**
 * Highlights on arrival: a post opened from a search result marks the words
 * that matched, through the CSS Custom Highlight API — the page's DOM is left
 * as it is. Esc or the "Clear" button removes them, and the words leave the
 * address so a reload or a shared link shows the plain post. Loaded by
 * trigger.ts only when the address carries words.
 */
import { HIGHLIGHT_PARAM } from './results';
import { highlightRanges, highlightWords } from './highlight-words';

const NAME = 'search-result';

const STYLES = `
::highlight(${NAME}) { background-color: var(--mark); color: var(--ink); }
.search-highlight-bar { position: fixed; inset: auto 1rem 1rem auto; z-index: 40; display: flex; gap: 0.75rem;
  align-items: center; border: 1px solid var(--line); border-radius: 0.5rem; background: var(--page);
  padding: 0.4rem 0.5rem 0.4rem 0.9rem; font-size: 0.875rem; box-shadow: 0 4px 16px rgb(0 0 0 / 0.15); }
.search-highlight-bar button { border: 1px solid var(--line); border-radius: 0.375rem; padding: 0.15rem 0.6rem;
  cursor: pointer; }
`;

function textRanges(root: Node, words: readonly string[]): Range[] {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const [start, end] of highlightRanges(node.textContent ?? '', words)) {
      const range = new Range();
      range.setStart(node, start);
      range.setEnd(node, end);
      ranges.push(range);
    }
  }
  return ranges;
}

function clearControl(words: readonly string[], clear: () => void): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'search-highlight-bar';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', 'Search highlights');
  const label = document.createElement('span');
  label.append('Highlighting ');
  const list = document.createElement('bdi');
  list.textContent = words.join(' ');
  label.append(list);
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Clear';
  button.addEventListener('click', clear);
  bar.append(label, button);
  return bar;
}

function highlightFromAddress(): void {
  const address = new URL(location.href);
  const words = highlightWords(address.searchParams.get(HIGHLIGHT_PARAM));
  if (words.length === 0 || !('highlights' in CSS)) return;
  const ranges = textRanges(document.querySelector('main') ?? document.body, words);
  if (ranges.length === 0) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  CSS.highlights.set(NAME, new Highlight(...ranges));

  const clear = () => {
    CSS.highlights.delete(NAME);
    bar.remove();
    removeEventListener('keydown', onKey);
    address.searchParams.delete(HIGHLIGHT_PARAM);
    history.replaceState(history.state, '', address);
  };
  const onKey = (event: KeyboardEvent) => {
    // Esc inside an open dialog (the search overlay) belongs to the dialog.
    if (event.key === 'Escape' && !document.querySelector('dialog[open]')) clear();
  };
  const bar = clearControl(words, clear);
  document.body.append(bar);
  addEventListener('keydown', onKey);
}

highlightFromAddress();
