/**
 * <site-search>: turns the header's Search link into the overlay's trigger.
 * This is the only search code a page loads up front: the overlay and Pagefind
 * are fetched when the reader shows intent (hovers, focuses or touches the
 * control, or presses ⌘K, Ctrl K or /). Should they fail to load, the link
 * still leads to the search page.
 */
import overlayUrl from 'virtual:lazy-url/src/search/overlay.ts';
import highlightUrl from 'virtual:lazy-url/src/search/highlight.ts';
import { opensSearch } from './shortcut';

type Overlay = typeof import('./overlay');
type SearchLocations = import('./overlay').SearchLocations;

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

class SiteSearch extends HTMLElement {
  #overlay: Promise<Overlay> | undefined;

  // SearchButton.astro renders every location as a data attribute; passing the map itself keeps this script small.
  get #locations(): SearchLocations {
    return this.dataset as unknown as SearchLocations;
  }

  connectedCallback(): void {
    const link = this.querySelector('a');
    if (!link) return;
    link.setAttribute('role', 'button');
    link.setAttribute('aria-haspopup', 'dialog');
    for (const intent of ['pointerenter', 'focus', 'touchstart']) {
      link.addEventListener(intent, () => void this.#load().catch(() => undefined), { once: true, passive: true });
    }
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void this.#open(link);
    });
    link.addEventListener('keydown', (event) => {
      if (event.key !== ' ') return;
      event.preventDefault();
      void this.#open(link);
    });
    document.addEventListener('keydown', (event) => {
      const { key, metaKey, ctrlKey, altKey } = event;
      if (!opensSearch({ key, metaKey, ctrlKey, altKey, typing: isTyping(event.target) })) return;
      event.preventDefault();
      void this.#open(document.activeElement);
    });
  }

  #load(): Promise<Overlay> {
    this.#overlay ??= (import(/* @vite-ignore */ overlayUrl) as Promise<Overlay>).then((overlay) => {
      overlay.preloadSearch(this.#locations);
      return overlay;
    });
    return this.#overlay;
  }

  async #open(returnFocus: Element | null): Promise<void> {
    try {
      // Without its <template> (SearchButton.astro renders one) this throws, and the link's page opens instead.
      // eslint-disable-next-line @typescript-eslint/non-nullable-type-assertion-style -- the two rules disagree; a missing template throws either way
      const panel = (this.querySelector('template') as HTMLTemplateElement).content.cloneNode(true) as DocumentFragment;
      (await this.#load()).openSearch(this.#locations, panel, returnFocus);
    } catch {
      location.assign(this.#locations.page);
    }
  }
}

customElements.define('site-search', SiteSearch);

// A post opened from a search result carries the matched words; only then is the highlighter fetched.
if (location.search.includes('highlight=')) void import(/* @vite-ignore */ highlightUrl);
