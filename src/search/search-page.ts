/**
 * <search-page>: the full-page search at /search/. The query and filters live
 * in the address bar (?q=…&tag=…&year=…), so a search can be shared, and each
 * submitted search is a history entry the back button returns to.
 */
import '../styles/search.css';
import '../styles/search-page.css';
import { resultCountMessage, type ShapedResult, type StatusMessage } from './results';
import { readSearchState, searchQueryString, type SearchState } from './url-state';
import { required } from '../scripts/dom';
import { loadPagefind, searchPosts } from './pagefind';
import { didYouMean } from './did-you-mean';
import { excerptElement, resultContent, showMessage, showSuggestions } from './render';

const DEBOUNCE_MS = 150;

type HistoryMode = 'push' | 'replace' | 'none';

function link(url: string, content: Node[]): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.className = 'search-page-link';
  anchor.append(...content);
  return anchor;
}

function resultItem(result: ShapedResult): HTMLLIElement {
  const item = document.createElement('li');
  item.append(link(result.url, resultContent(result)));
  if (result.sections.length > 0) {
    const sections = document.createElement('ul');
    sections.className = 'search-page-sections';
    for (const section of result.sections) {
      const entry = document.createElement('li');
      entry.append(
        link(section.url, [
          document.createTextNode(section.title),
          excerptElement(section.excerpt, 'search-result-excerpt'),
        ]),
      );
      sections.append(entry);
    }
    item.append(sections);
  }
  return item;
}

class SearchPage extends HTMLElement {
  readonly #form = required(this, 'form', HTMLFormElement);
  readonly #status = required(this, '.search-status', HTMLElement);
  readonly #list = required(this, '.search-page-results', HTMLElement);
  readonly #suggestions = required(this, '.search-suggestions', HTMLElement);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #sequence = 0;

  #field(name: keyof SearchState): HTMLInputElement | HTMLSelectElement {
    return this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  }

  connectedCallback(): void {
    this.querySelector<HTMLElement>('.search-fallback')?.setAttribute('hidden', '');
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run('push');
    });
    this.#field('q').addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#run('replace'), DEBOUNCE_MS);
    });
    for (const name of ['tag', 'year'] as const)
      this.#field(name).addEventListener('change', () => void this.#run('push'));
    this.#suggestions.addEventListener('click', (event) => {
      const suggestion = (event.target as Element).closest<HTMLAnchorElement>('a[data-query]');
      if (!suggestion || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      this.#field('q').value = suggestion.dataset.query ?? '';
      void this.#run('push');
    });
    addEventListener('popstate', () => {
      this.#restore();
    });
    this.#restore();
  }

  /** Fills the form from the address bar and searches. */
  #restore(): void {
    const state = readSearchState(new URLSearchParams(location.search));
    for (const name of ['q', 'tag', 'year'] as const) this.#field(name).value = state[name];
    void this.#run('none');
  }

  #state(): SearchState {
    return { q: this.#field('q').value, tag: this.#field('tag').value, year: this.#field('year').value };
  }

  async #run(mode: HistoryMode): Promise<void> {
    const state = this.#state();
    const address = `${this.dataset.page ?? ''}${searchQueryString(state)}`;
    if (mode === 'push' && address !== location.pathname + location.search) history.pushState(null, '', address);
    if (mode === 'replace') history.replaceState(null, '', address);
    const sequence = ++this.#sequence;
    const current = () => sequence === this.#sequence;
    this.querySelector('.search-fallback')?.setAttribute('hidden', '');
    if (searchQueryString(state) === '') {
      this.#show([], ['Type a word or pick a tag or year to search every post.']);
      return;
    }
    this.#status.textContent = 'Searching…';
    try {
      const pagefind = await loadPagefind(this.dataset.pagefind ?? '');
      const found = await searchPosts(pagefind, state, { current });
      if (!found || !current()) return;
      this.#show(found.shown, resultCountMessage(found.total, state.q));
      if (found.shown.length > 0 || state.q.trim() === '') return;
      const suggestions = await didYouMean(this.dataset.words ?? '', state.q);
      if (current()) {
        showSuggestions(
          this.#suggestions,
          suggestions,
          (q) => `${this.dataset.page ?? ''}${searchQueryString({ ...state, q })}`,
        );
      }
    } catch {
      if (!current()) return;
      this.#show([], ['Search is unavailable right now: the search index could not be loaded.']);
      this.querySelector('.search-fallback')?.removeAttribute('hidden');
    }
  }

  #show(results: ShapedResult[], message: StatusMessage): void {
    showMessage(this.#status, message);
    showSuggestions(this.#suggestions, [], () => '');
    this.#list.replaceChildren(...results.map(resultItem));
  }
}

customElements.define('search-page', SearchPage);
