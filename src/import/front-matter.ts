/**
 * Front matter as the generators write it: YAML between `---`, TOML between
 * `+++` (Hugo, Zola), or a JSON object at the top (Hugo). Values come back
 * as plain data; dates stay as the text the author wrote, so they can be
 * normalised without a timezone guess.
 */
import yaml from 'js-yaml';
import { parse as parseToml, TomlDate } from 'smol-toml';

export type FrontMatterFormat = 'yaml' | 'toml' | 'json' | 'none';

export interface SplitSource {
  data: Record<string, unknown>;
  body: string;
  format: FrontMatterFormat;
}

const YAML_RE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
const TOML_RE = /^\uFEFF?\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n?^\+\+\+[ \t]*(?:\r?\n|$)/m;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** TOML dates become the text they were written as: `1979-05-27`, `1979-05-27T07:32:00-08:00`. */
function plainToml(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString();
  if (Array.isArray(value)) return value.map(plainToml);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plainToml(item)]));
  return value;
}

/** The end of a JSON object at the start of the text, or -1. */
function jsonObjectEnd(source: string): number {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return index + 1;
  }
  return -1;
}

/** Splits a post into front matter and body; throws with the reason when the front matter cannot be read. */
export function splitFrontMatter(source: string): SplitSource {
  const text = source.replace(/^\uFEFF/, '');
  const yamlMatch = text.startsWith('---') ? YAML_RE.exec(text) : null;
  if (yamlMatch?.index === 0) {
    // CORE_SCHEMA keeps `2019-09-30 10:00:00 -0700` as the string written, not a Date.
    const data: unknown = yaml.load(yamlMatch[1] ?? '', { schema: yaml.CORE_SCHEMA }) ?? {};
    if (!isRecord(data)) throw new Error('the YAML front matter is not a set of fields');
    return { data, body: text.slice(yamlMatch[0].length), format: 'yaml' };
  }
  const tomlMatch = text.startsWith('+++') ? TOML_RE.exec(text) : null;
  if (tomlMatch?.index === 0) {
    const data = plainToml(parseToml(tomlMatch[1] ?? '')) as Record<string, unknown>;
    return { data, body: text.slice(tomlMatch[0].length), format: 'toml' };
  }
  if (text.startsWith('{')) {
    const end = jsonObjectEnd(text);
    if (end > 0) {
      const data: unknown = JSON.parse(text.slice(0, end));
      if (isRecord(data)) return { data, body: text.slice(end).replace(/^\s*\n/, ''), format: 'json' };
    }
  }
  return { data: {}, body: text, format: 'none' };
}

/** Reads a whole TOML or YAML config file into plain data. */
export function parseConfig(text: string, format: 'toml' | 'yaml' | 'json'): Record<string, unknown> {
  const data: unknown =
    format === 'toml'
      ? plainToml(parseToml(text))
      : format === 'json'
        ? JSON.parse(text)
        : yaml.load(text, { schema: yaml.CORE_SCHEMA });
  return isRecord(data) ? data : {};
}

export { isRecord };
