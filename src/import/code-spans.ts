/**
 * Markdown outside code: link rewriting must not touch code samples, which
 * often show links and template code on purpose.
 */
const FENCE_RE = /^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n\1?\2[`~]*[ \t]*(?=\n|$)|$)/gm;
const INLINE_CODE_RE = /(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g;
const PLACEHOLDER_RE = /\uE001(\d+)\uE001/g;

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

/**
 * Applies `edit` to the prose of a Markdown body: outside fenced blocks, and
 * with inline code hidden behind placeholders, so that a link whose text is
 * code (`[`cargo`](/x/)`) is still seen whole.
 */
export function editProse(markdown: string, edit: (prose: string) => string): string {
  return outside(markdown, FENCE_RE, (block) => {
    const spans: string[] = [];
    const masked = block.replace(INLINE_CODE_RE, (span) => `\uE001${spans.push(span) - 1}\uE001`);
    return edit(masked).replace(PLACEHOLDER_RE, (_all, index: string) => spans[Number(index)] ?? '');
  });
}
