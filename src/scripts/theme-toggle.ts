/**
 * <theme-toggle>: a button that switches between light and dark and remembers
 * the choice. Until the reader chooses, the system preference rules (through
 * CSS alone); the bootstrap script in BaseLayout re-applies a stored choice
 * before first paint on every page.
 */
type Theme = 'light' | 'dark';

const STORAGE_KEY = 'theme';
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return systemDark.matches ? 'dark' : 'light';
}

function storeTheme(theme: Theme): void {
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage can be disabled (private modes, policies); the choice then lasts for this page only.
  }
}

class ThemeToggle extends HTMLElement {
  readonly #sync = (): void => {
    this.querySelector('button')?.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  };

  connectedCallback(): void {
    this.querySelector('button')?.addEventListener('click', () => {
      const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      storeTheme(next);
      this.#sync();
    });
    systemDark.addEventListener('change', this.#sync);
    this.#sync();
  }

  disconnectedCallback(): void {
    systemDark.removeEventListener('change', this.#sync);
  }
}

customElements.define('theme-toggle', ThemeToggle);
