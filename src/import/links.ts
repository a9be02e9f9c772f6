/**
 * Finds the addresses a Markdown post points at — Markdown links and images,
 * reference definitions, and `href`/`src` attributes of raw HTML — outside
 * code, and lets a caller replace each one.
 */
import { editProse } from './code-spans.ts';

export type Rewrite = (url: string, kind: 'image' | 'link') => string;

const INLINE_RE = /(!?)(\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*)(<[^>\n]*>|(?:[^\s()<]|\([^\s()]*\))+)/g;
// `[^1]: text` is a footnote, not a link definition.
const DEFINITION_RE = /^( {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*)(<[^>\n]*>|\S+)/gm;
const ATTRIBUTE_RE = /(<[a-z][\w-]*\b[^>]*?\s)(href|src|poster|data)(\s*=\s*)("[^"]*"|'[^']*')/gi;

function replaceUrl(raw: string, kind: 'image' | 'link', rewrite: Rewrite): string {
  const bracketed = raw.startsWith('<') && raw.endsWith('>');
  const url = bracketed ? raw.slice(1, -1) : raw;
  const next = rewrite(url, kind);
  if (next === url) return raw;
  return bracketed || /\s/.test(next) ? `<${next}>` : next;
}

/** Inline links and images; a link's text is searched too, for an image in it (`[![chart](a.png)](big.png)`). */
function rewriteInline(text: string, rewrite: Rewrite): string {
  return text.replace(
    INLINE_RE,
    (_all, bang: string, label: string, raw: string) =>
      `${bang}${rewriteInline(label, rewrite)}${replaceUrl(raw, bang ? 'image' : 'link', rewrite)}`,
  );
}

/** The post with every address replaced by `rewrite(address)`. */
export function rewriteLinks(markdown: string, rewrite: Rewrite): string {
  return editProse(markdown, (prose) =>
    rewriteInline(prose, rewrite)
      .replace(DEFINITION_RE, (_all, label: string, raw: string) => `${label}${replaceUrl(raw, 'link', rewrite)}`)
      .replace(ATTRIBUTE_RE, (_all, start: string, name: string, equals: string, value: string) => {
        const quote = value[0] ?? '"';
        const url = value.slice(1, -1).replace(/&amp;/g, '&');
        const kind = name.toLowerCase() === 'href' ? 'link' : 'image';
        const next = rewrite(url, kind);
        return `${start}${name}${equals}${quote}${next === url ? value.slice(1, -1) : next.replace(/&/g, '&amp;').replace(new RegExp(quote, 'g'), encodeURIComponent(quote))}${quote}`;
      }),
  );
}
