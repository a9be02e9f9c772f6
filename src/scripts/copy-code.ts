/**
 * <copy-code>: the Copy button of a code block. It copies what a reader means
 * to paste — the code without line numbers, and for a diff the new side — and
 * says "Copied" to screen readers through its live region.
 */
import { copyableText } from '../markdown/copyable-text';

const RESET_AFTER_MS = 2000;

class CopyCode extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('button')?.addEventListener('click', () => void this.#copy());
  }

  async #copy(): Promise<void> {
    const pre = this.closest('figure')?.querySelector('pre');
    const button = this.querySelector('button');
    const status = this.querySelector('[aria-live]');
    if (!pre || !button || !status) return;
    const lines = [...pre.querySelectorAll('.line')].map((line) => line.textContent);
    const message = await navigator.clipboard
      .writeText(copyableText(lines, pre.dataset.language === 'diff'))
      .then(() => 'Copied')
      .catch(() => 'Copy failed');
    button.textContent = message;
    status.textContent = message;
    setTimeout(() => {
      button.textContent = 'Copy';
      status.textContent = '';
    }, RESET_AFTER_MS);
  }
}

customElements.define('copy-code', CopyCode);
