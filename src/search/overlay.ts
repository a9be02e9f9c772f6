/**
 * The search overlay: a modal <dialog> holding an ARIA combobox (the query box)
 * and listbox (the results). Loaded only when a reader shows intent to search.
 */
import styles from '../styles/search.css?inline';
import { resultCountMessage, type ShapedResult, type StatusMessage } from './results';
import { searchQueryString, type SearchState } from './url-state';
import { required } from '../scripts/dom';
import { loadPagefind, searchPosts } from './pagefind';
import { didYouMean } from './did-you-mean';
import { indexQuery } from './words';
import { excerptElement, resultContent, showMessage, showSuggestions } from './render';
import { searchPause, worthPreloading } from './typing-pace';

export interface SearchLocations {
  /** URL of Pagefind's pagefind.js. */
  pagefind: string;
  /** URL of the full search page. */
  page: string;
  /** URL of the list of all posts, offered when search cannot work. */
  posts: string;
  /** URL of the site's word list, for "did you mean". */
  words: string;
}

// Results appear as the reader types (at the pace of src/search/typing-pace.ts). The index for
// a query starts loading at the keystroke; the search, and its fetches of result pages, wait
// for a pause, and a search overtaken by another keystroke fetches no result pages.
// Each result shown fetches its page's text; four fill the panel and keep the first search
// within its 120 KB budget. "All results" leads to the rest.
const MAX_RESULTS = 4;

class SearchOverlay {
  readonly dialog = document.createElement('dialog');
  readonly #input: HTMLInputElement;
  readonly #status: HTMLElement;
  // Made here rather than in the template: a validator would take a listbox in static markup for a <select>.
  readonly #listbox = document.createElement('div');
  readonly #all: HTMLAnchorElement;
  readonly #suggestions: HTMLElement;
  readonly #selects: Record<'tag' | 'year', HTMLSelectElement>;
  #options: HTMLElement[] = [];
  #active = -1;
  #sequence = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #returnFocus: Element | null = null;

  readonly locations: SearchLocations;

  /** `panel` is the overlay's markup, from a <template> the page rendered at build time. */
  constructor(locations: SearchLocations, panel: DocumentFragment) {
    this.locations = locations;
    this.dialog.className = 'search-dialog';
    this.dialog.setAttribute('aria-label', 'Search posts');
    this.dialog.append(panel);
    this.#input = required(this.dialog, '.search-input', HTMLInputElement);
    this.#status = required(this.dialog, '.search-status', HTMLElement);
    Object.assign(this.#listbox, { id: 'search-listbox', className: 'search-listbox' });
    this.#listbox.setAttribute('role', 'listbox');
    this.#listbox.setAttribute('aria-label', 'Results');
    this.#all = required(this.dialog, '.search-all', HTMLAnchorElement);
    this.#suggestions = required(this.dialog, '.search-suggestions', HTMLElement);
    this.#suggestions.after(this.#listbox);
    this.#selects = {
      tag: required(this.dialog, 'select[name="tag"]', HTMLSelectElement),
      year: required(this.dialog, 'select[name="year"]', HTMLSelectElement),
    };
    this.#wire();
    document.body.append(this.dialog);
  }

  open(returnFocus: Element | null): void {
    this.#returnFocus = returnFocus;
    if (!this.dialog.open) this.dialog.showModal();
    this.#input.focus();
    this.#input.select();
    this.#update();
  }

  #wire(): void {
    this.dialog.addEventListener('close', () => {
      if (this.#returnFocus instanceof HTMLElement) this.#returnFocus.focus();
    });
    // A click on the dialog itself, not its panel, is a click on the backdrop.
    this.dialog.addEventListener('click', (event) => {
      if (event.target === this.dialog) this.dialog.close();
    });
    this.dialog.querySelector('.search-close')?.addEventListener('click', () => {
      this.dialog.close();
    });
    this.#input.addEventListener('input', () => {
      this.#update();
    });
    this.#input.addEventListener('keydown', (event) => {
      this.#onKey(event);
    });
    for (const select of Object.values(this.#selects)) {
      select.addEventListener('change', () => {
        this.#update();
      });
    }
    this.#suggestions.addEventListener('click', (event) => {
      const suggestion = (event.target as Element).closest<HTMLAnchorElement>('a[data-query]');
      if (!suggestion || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      this.#input.value = suggestion.dataset.query ?? '';
      this.#input.focus();
      this.#update();
    });
  }

  #state(): SearchState {
    return { q: this.#input.value, tag: this.#selects.tag.value, year: this.#selects.year.value };
  }

  #onKey(event: KeyboardEvent): void {
    // In a search field Chromium's Esc would first clear the text; here it always closes.
    if (event.key === 'Escape') {
      event.preventDefault();
      this.dialog.close();
      return;
    }
    if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      this.#go(this.#active === -1 ? 0 : this.#active);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    if (this.#options.length === 0) return;
    const step = event.key === 'ArrowDown' ? 1 : -1;
    this.#activate((this.#active + step + this.#options.length) % this.#options.length);
  }

  #activate(index: number): void {
    this.#options[this.#active]?.setAttribute('aria-selected', 'false');
    this.#active = index;
    const option = this.#options[index];
    if (!option) {
      this.#input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    this.#input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  #go(index: number): void {
    this.#options[index]?.click();
  }

  #update(): void {
    const state = this.#state();
    this.#all.href = `${this.locations.page}${searchQueryString(state)}`;
    this.#all.textContent = 'All results on the search page';
    clearTimeout(this.#timer);
    const sequence = ++this.#sequence;
    if (searchQueryString(state) === '') {
      this.#show([], ['Type to search every post. Use ↑ and ↓ to move through results, Enter to open one.']);
      return;
    }
    if (worthPreloading(state.q)) this.#preload(state.q);
    // Not Pagefind's own debouncedSearch: it preloads on every keystroke, one and two letters included.
    this.#timer = setTimeout(() => void this.#search(state, sequence), searchPause(state.q));
  }

  #preload(query: string): void {
    loadPagefind(this.locations.pagefind)
      .then((pagefind) => pagefind.preload(indexQuery(query)))
      .catch(() => {
        // The search that follows reports the failure.
      });
  }

  async #search(state: SearchState, sequence: number): Promise<void> {
    const current = () => sequence === this.#sequence;
    this.#status.textContent = 'Loading search…';
    this.dialog.dataset.state = 'loading';
    try {
      let first = true;
      const found = await searchPosts(await loadPagefind(this.locations.pagefind), state, {
        limit: MAX_RESULTS,
        current,
        // The list is replaced by the first result, then grows, so a result the reader has
        // moved to with the arrow keys stays active while the rest arrive.
        onResult: (result, total) => {
          if (first) this.#show([result], resultCountMessage(total, state.q));
          else this.#append(result);
          first = false;
        },
      });
      if (!found || !current() || found.shown.length > 0) return;
      this.#show([], resultCountMessage(0, state.q));
      if (state.q.trim() === '') return;
      const suggestions = await didYouMean(this.locations.words, state.q);
      if (current()) showSuggestions(this.#suggestions, suggestions, (query) => this.#pageFor({ ...state, q: query }));
    } catch {
      if (current()) this.#failed();
    }
  }

  #pageFor(state: SearchState): string {
    return `${this.locations.page}${searchQueryString(state)}`;
  }

  #failed(): void {
    this.#show([], ['Search is unavailable right now: the search index could not be loaded.']);
    this.dialog.dataset.state = 'error';
    this.#all.href = this.locations.posts;
    this.#all.textContent = 'Browse all posts instead';
  }

  #show(results: ShapedResult[], message: StatusMessage): void {
    showMessage(this.#status, message);
    showSuggestions(this.#suggestions, [], () => '');
    this.dialog.dataset.state = results.length > 0 ? 'results' : 'empty';
    this.#options = [];
    this.#active = -1;
    this.#input.removeAttribute('aria-activedescendant');
    this.#listbox.replaceChildren();
    for (const result of results) this.#append(result);
    this.#input.setAttribute('aria-expanded', String(results.length > 0));
  }

  /** Adds a result and its sections below the options already listed. */
  #append(result: ShapedResult): void {
    this.#listbox.append(
      this.#option(result.url, resultContent(result), 'search-result'),
      ...result.sections.map((section) =>
        this.#option(
          section.url,
          [document.createTextNode(section.title), excerptElement(section.excerpt, 'search-result-excerpt')],
          'search-section',
        ),
      ),
    );
  }

  /**
   * An option that is itself a real link, so a result opens like any link (new
   * tab, hover, copy address); a link inside an option would be an interactive
   * element nested in another. Focus stays in the query box, hence tabindex -1.
   */
  #option(url: string, content: Node[], className: string): HTMLElement {
    const option = document.createElement('a');
    option.href = url;
    option.tabIndex = -1;
    option.id = `search-option-${this.#options.length}`;
    option.className = className;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    option.append(...content);
    this.#options.push(option);
    return option;
  }
}

/**
 * This module is imported by URL (see trigger.ts), outside Vite's own CSS
 * loading, so it adopts its stylesheet itself — through the CSSOM, which a
 * Content-Security-Policy without 'unsafe-inline' styles still allows.
 */
function adoptStyles(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

let overlay: SearchOverlay | undefined;

/** Starts loading Pagefind at once, so the first search does not wait for it. */
export function preloadSearch(locations: SearchLocations): void {
  loadPagefind(locations.pagefind).catch(() => {
    // Reported in the overlay when the reader opens it.
  });
}

/** Opens the overlay; `panel` is its markup, which the page rendered at build time. */
export function openSearch(locations: SearchLocations, panel: DocumentFragment, returnFocus: Element | null): void {
  if (!overlay) {
    adoptStyles();
    overlay = new SearchOverlay(locations, panel);
  }
  overlay.open(returnFocus);
}
