/** Elements that never have a closing tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
// Attribute values may hold ">" (srcdoc="<p>…</p>"), so quoted values are skipped whole.
const TAG_RE = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/**
 * Follows the tags of a post's raw HTML fragments in document order and says
 * which were never closed and which closed nothing: the repairs the HTML
 * parser makes silently, named so the author can fix the source.
 */
export class HtmlBalance {
  readonly #open: string[] = [];
  readonly #problems: string[] = [];

  read(html: string): void {
    for (const [token, closing, rawName, selfClosing] of html.matchAll(TAG_RE)) {
      if (token.startsWith('<!--') || rawName === undefined) continue;
      const name = rawName.toLowerCase();
      if (VOID.has(name) || selfClosing === '/') continue;
      if (closing !== '/') {
        this.#open.push(name);
        continue;
      }
      const at = this.#open.lastIndexOf(name);
      if (at === -1) {
        this.#problems.push(`removed a stray </${name}>`);
        continue;
      }
      for (const unclosed of this.#open.splice(at).slice(1).reverse()) {
        this.#problems.push(`closed an unclosed <${unclosed}> before </${name}>`);
      }
    }
  }

  /** Every repair, with tags still open at the end of the post closed there. */
  problems(): string[] {
    return [...this.#problems, ...this.#open.map((name) => `closed an unclosed <${name}> at the end of the post`)];
  }
}
