/** Pieces every source reader needs: config files, post files, dates, lists. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { urlScheme } from '../../lib/urls.ts';
import { dateFromFileName, dateFromPath, normaliseDate } from '../dates.ts';
import { isRecord, parseConfig, splitFrontMatter, type SplitSource } from '../front-matter.ts';
import { cleanPath } from '../permalinks.ts';
import { walkFiles } from '../walk.ts';
import { errorMessage } from '../../lib/error-message.ts';

export const POST_EXTENSIONS = /\.(md|markdown|mdown|mkdn|mkd|mdx)$/i;

/** Front-matter fields that hold the publication date, in order of preference. */
export const DATE_FIELDS = ['date', 'pubDatetime', 'pubDate', 'publishDate', 'published'];

/** The first config file of these names that exists, parsed; undefined when there is none. */
export function readConfig(root: string, names: string[]): Record<string, unknown> | undefined {
  for (const name of names) {
    const file = join(root, name);
    if (!existsSync(file)) continue;
    const format = name.endsWith('.toml') ? 'toml' : name.endsWith('.json') ? 'json' : 'yaml';
    try {
      return parseConfig(readFileSync(file, 'utf8'), format);
    } catch (error) {
      throw new Error(`${name}: cannot read the config (${errorMessage(error)})`, {
        cause: error,
      });
    }
  }
  return undefined;
}

export type ReadPost = ({ ok: true } & SplitSource) | { ok: false; reason: string };

export function readPostFile(root: string, file: string): ReadPost {
  try {
    return { ok: true, ...splitFrontMatter(readFileSync(join(root, file), 'utf8')) };
  } catch (error) {
    return {
      ok: false,
      reason: `cannot read its front matter (${errorMessage(error)})`,
    };
  }
}

/** The publication date: a date field, else the file name's date, else a YYYY/MM/DD in the path. */
export function postDate(data: Record<string, unknown>, fileName: string, path: string): string | undefined {
  for (const field of DATE_FIELDS) {
    const date = normaliseDate(data[field]);
    if (date !== undefined) return date;
  }
  return dateFromFileName(fileName) ?? dateFromPath(path);
}

/** A list written as a list, a comma- or space-separated string, or one value. */
export function stringList(value: unknown, separator = /\s*,\s*/): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => (item === null || item === undefined ? [] : [String(item)]));
  if (typeof value === 'string') return value.split(separator).filter((item) => item.trim() !== '');
  if (typeof value === 'number') return [String(value)];
  return [];
}

/** A table of a config or front matter (`[markup]`, Zola's `[extra]`); anything else reads as an empty one. */
export function table(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** Origin and base path of a site URL from a config (`https://a.example/blog/`). */
export function originAndBase(url: unknown): { origin: string | undefined; basePath: string } {
  if (typeof url !== 'string' || url.trim() === '') return { origin: undefined, basePath: '/' };
  try {
    const parsed = new URL(url.trim());
    if (!/^https?:$/.test(parsed.protocol)) return { origin: undefined, basePath: '/' };
    return { origin: parsed.origin, basePath: cleanPath(`${parsed.pathname}/`) };
  } catch {
    return { origin: undefined, basePath: '/' };
  }
}

/** The file name of a post without extension and without a `YYYY-MM-DD-` prefix. */
export function baseName(file: string): string {
  const name = file.split('/').pop() ?? file;
  return name.replace(/\.[^.]+$/, '');
}

export function withoutDatePrefix(name: string): string {
  return name.replace(/^\d{4}-\d{2}-\d{2}[-_]/, '');
}

/** Files of a static folder, keyed by the site path they are served at. */
export function staticFilesOf(root: string, dir: string, refused: string[]): Map<string, string> {
  const files = new Map<string, string>();
  const walked = walkFiles(join(root, dir), root);
  refused.push(...walked.refused.map((file) => `${dir}/${file}`));
  for (const file of walked.files) files.set(`/${file}`, dir === '' ? file : `${dir}/${file}`);
  return files;
}

/** Normalises an alias or path from front matter to a root-relative site path. */
export function sitePath(path: string, relativeTo = '/'): string {
  const trimmed = path.trim();
  if (urlScheme(trimmed) !== undefined) {
    try {
      return new URL(trimmed).pathname;
    } catch {
      return trimmed;
    }
  }
  return cleanPath(trimmed.startsWith('/') ? trimmed : `${relativeTo}/${trimmed}`);
}
