/**
 * Reading time from the prose of a post. Code is skipped: nobody reads a
 * listing at prose speed, and counting it would make code-heavy posts look long.
 */

const WORDS_PER_MINUTE = 230;

const FENCED_CODE_RE = /^(\s*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[`~]*[ \t]*$/gm;
const MDX_ESM_RE = /^(?:import|export)\s[^\n]*$/gm;
const HTML_TAG_RE = /<\/?[A-Za-z][^>]*>/g;
const LINK_TARGET_RE = /\]\([^)]*\)/g;
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function proseWordCount(markdown: string): number {
  const prose = markdown
    .replace(FENCED_CODE_RE, ' ')
    .replace(MDX_ESM_RE, ' ')
    .replace(HTML_TAG_RE, ' ')
    .replace(LINK_TARGET_RE, ']');
  return prose.match(WORD_RE)?.length ?? 0;
}

/** Whole minutes, at least one. */
export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(proseWordCount(markdown) / WORDS_PER_MINUTE));
}
