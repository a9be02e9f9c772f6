/**
 * <table-of-contents>: marks the link of the section being read with
 * aria-current. The list itself is plain HTML and works without this.
 */
const READING_LINE = 0.25;

class TableOfContents extends HTMLElement {
  readonly #links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  readonly #headings = this.#links.flatMap(
    (link) => document.getElementById(decodeURIComponent(link.hash.slice(1))) ?? [],
  );
  #pending = false;

  readonly #onScroll = (): void => {
    if (this.#pending) return;
    this.#pending = true;
    requestAnimationFrame(() => {
      this.#pending = false;
      this.#mark();
    });
  };

  connectedCallback(): void {
    addEventListener('scroll', this.#onScroll, { passive: true });
    // Measuring headings forces a layout; at load it waits until the page is idle
    // (or a moment, in browsers without requestIdleCallback).
    const mark = () => {
      this.#mark();
    };
    if ('requestIdleCallback' in window) requestIdleCallback(mark);
    else setTimeout(mark, 200);
  }

  disconnectedCallback(): void {
    removeEventListener('scroll', this.#onScroll);
  }

  /** The current section is the last one whose heading has passed the reading line. */
  #mark(): void {
    const line = innerHeight * READING_LINE;
    const passed = this.#headings.filter((heading) => heading.getBoundingClientRect().top <= line);
    const current = passed.at(-1)?.id;
    for (const link of this.#links) {
      if (current !== undefined && decodeURIComponent(link.hash.slice(1)) === current)
        link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  }
}

customElements.define('table-of-contents', TableOfContents);
