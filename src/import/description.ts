/**
 * A post without a description gets one from its first paragraph, as plain
 * text, cut at a word so that it fits in 160 characters.
 */
export const DESCRIPTION_LIMIT = 160;

/** Markdown and HTML of one paragraph reduced to the words a reader sees. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_|~~)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts text to at most `limit` characters at a word boundary, marking the cut with an ellipsis. */
export function cutAtWord(text: string, limit = DESCRIPTION_LIMIT): string {
  if (text.length <= limit) return text;
  const room = text.slice(0, limit);
  const lastSpace = room.lastIndexOf(' ');
  const cut = (lastSpace > limit / 2 ? room.slice(0, lastSpace) : room.slice(0, limit - 1)).replace(
    /[\s,;:.–—-]+$/,
    '',
  );
  return `${cut}…`;
}

const NOT_PROSE_RE =
  /^(?:#|>|[-*+] |\d+\. |```|~~~|\||<(?:figure|div|iframe|script|style|table|pre|video|img)|!\[|\{[{%]|import |export |\[\^)/;

/** The first paragraph of prose in a Markdown body, as plain text ('' when there is none). */
export function firstParagraph(body: string): string {
  let inFence = false;
  for (const block of body.split(/\r?\n\s*\r?\n/)) {
    const trimmed = block.trim();
    const fences = (trimmed.match(/^(```|~~~)/gm) ?? []).length;
    if (inFence || NOT_PROSE_RE.test(trimmed) || trimmed === '') {
      if (fences % 2 === 1) inFence = !inFence;
      continue;
    }
    const text = plainText(trimmed);
    if (/\p{L}/u.test(text)) return text;
  }
  return '';
}
