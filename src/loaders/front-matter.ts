import yaml from 'js-yaml';

// Same delimiters Astro's own front-matter parser accepts.
const FRONT_MATTER_RE = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** Fields whose raw text must reach the schema untouched by YAML's date handling. */
const RAW_FIELDS = ['date', 'updated'] as const;

/**
 * YAML turns an unquoted `2024-02-30` into March 1st before the schema sees it.
 * Re-reading the front matter without YAML's timestamp type gives back the text
 * the author wrote, so the schema can refuse impossible dates.
 */
export function rawDateFields(source: string): Partial<Record<(typeof RAW_FIELDS)[number], unknown>> {
  const block = FRONT_MATTER_RE.exec(source)?.[1];
  if (block === undefined) return {};
  const parsed: unknown = yaml.load(block, { schema: yaml.CORE_SCHEMA });
  if (typeof parsed !== 'object' || parsed === null) return {};
  const fields: Partial<Record<(typeof RAW_FIELDS)[number], unknown>> = {};
  for (const field of RAW_FIELDS) {
    if (field in parsed) fields[field] = (parsed as Record<string, unknown>)[field];
  }
  return fields;
}
