/**
 * Markdown outside code: link rewriting must not touch code samples, which
 * often show links and template code on purpose.
 */
const FENCE_RE = /^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n\1?\2[`~]*[ \t]*(?=\n|$)|$)/gm;
const INLINE_CODE_RE = /(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g;

/** Applies `edit` to every stretch of `text` outside the matches of `pattern`. */
function outside(text: string, pattern: RegExp, edit: (prose: string) => string): string {
  let result = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    result += edit(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + edit(text.slice(last));
}

/** Applies `edit` to the prose of a Markdown body: outside fenced blocks and inline code. */
export function editProse(markdown: string, edit: (prose: string) => string): string {
  return outside(markdown, FENCE_RE, (block) => outside(block, INLINE_CODE_RE, edit));
}
