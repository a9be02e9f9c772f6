import { bundledLanguagesInfo } from 'shiki';

/** What a code fence's info string says beyond its language: ```ts title="src/x.ts" {2,4-6} showLineNumbers */

const TITLE_RE = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/;
const LINE_NUMBERS_RE = /(?:^|\s)showLineNumbers(?:\s|$)/;

export interface CodeMeta {
  /** A file name or caption shown above the code. */
  title: string | undefined;
  /** Whether to number the lines (the numbers are never copied). */
  lineNumbers: boolean;
}

export function parseCodeMeta(meta: string | undefined): CodeMeta {
  const raw = meta ?? '';
  const title = TITLE_RE.exec(raw);
  return {
    title: title ? (title[1] ?? title[2]) : undefined,
    lineNumbers: LINE_NUMBERS_RE.test(raw),
  };
}

// Shiki's own names for every language it bundles, under each id and alias: the names a reader knows.
const SHIKI_NAMES = new Map(
  bundledLanguagesInfo.flatMap(({ id, name, aliases = [] }) => [id, ...aliases].map((key) => [key, name] as const)),
);

// Kept where Shiki's name is not the one readers expect: its "Shell" for bash, and plain text it does not list.
const OWN_NAMES: Record<string, string> = { bash: 'Bash', plaintext: 'Text', text: 'Text', txt: 'Text' };

/** The name a reader knows a fence's language by: `csharp` → "C#", in Shiki's spelling; unknown ones upper-cased. */
export function languageName(lang: string): string {
  const key = lang.toLowerCase();
  return OWN_NAMES[key] ?? SHIKI_NAMES.get(key) ?? lang.toUpperCase();
}
