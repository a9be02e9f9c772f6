/**
 * Code fences in a language our highlighter (Shiki) does not know fail the
 * build. Other generators' highlighters know other names (Chroma's `bsh`,
 * Rouge's `plaintext` variants), so such a fence becomes `text`: the code is
 * kept, only its colours are lost, and the report names the language.
 */
import { bundledLanguages } from 'shiki';

const PLAIN = new Set(['text', 'txt', 'plaintext', 'plain']);
const FENCE_OPEN_RE = /^( {0,3})(`{3,}|~{3,})[ \t]*([^\s`{]+)/gm;

export function isKnownLanguage(language: string): boolean {
  const lang = language.toLowerCase();
  return PLAIN.has(lang) || lang in bundledLanguages;
}

/** The body with every fence in an unknown language marked `text`, and the languages replaced. */
export function plainUnknownLanguages(body: string): { body: string; unknown: string[] } {
  const unknown: string[] = [];
  const text = body.replace(FENCE_OPEN_RE, (all, indent: string, fence: string, language: string) => {
    if (isKnownLanguage(language)) return all;
    unknown.push(language);
    return `${indent}${fence}text`;
  });
  return { body: text, unknown };
}
