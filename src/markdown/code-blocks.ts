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

const LANGUAGE_NAMES: Record<string, string> = {
  c: 'C',
  cpp: 'C++',
  csharp: 'C#',
  cs: 'C#',
  css: 'CSS',
  diff: 'Diff',
  go: 'Go',
  haskell: 'Haskell',
  html: 'HTML',
  http: 'HTTP',
  ini: 'INI',
  java: 'Java',
  javascript: 'JavaScript',
  js: 'JavaScript',
  json: 'JSON',
  jsx: 'JSX',
  md: 'Markdown',
  mdx: 'MDX',
  python: 'Python',
  py: 'Python',
  rust: 'Rust',
  rs: 'Rust',
  sh: 'Shell',
  bash: 'Bash',
  shell: 'Shell',
  sql: 'SQL',
  toml: 'TOML',
  ts: 'TypeScript',
  tsx: 'TSX',
  typescript: 'TypeScript',
  xml: 'XML',
  yaml: 'YAML',
  yml: 'YAML',
  plaintext: 'Text',
  text: 'Text',
  txt: 'Text',
};

/** The name a reader knows a fence's language by: `csharp` → "C#", unknown ones upper-cased. */
export function languageName(lang: string): string {
  return LANGUAGE_NAMES[lang.toLowerCase()] ?? lang.toUpperCase();
}
