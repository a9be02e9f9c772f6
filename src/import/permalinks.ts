/**
 * The addresses posts had on the old site, from its permalink rules. Each
 * becomes an alias, so links and bookmarks to the old address keep working.
 */
import { dateParts } from './dates.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface PermalinkPost {
  /** Normalised date (YYYY-MM-DD…). */
  date: string;
  title: string;
  /** The `slug` front-matter field, if any. */
  slug: string | undefined;
  /** File name without extension and date prefix (a bundle's folder name). */
  fileName: string;
  /** Section folders under the content root, outermost first. */
  sections: string[];
  categories: string[];
}

/** Hugo's urlize: lower case, spaces to hyphens, punctuation removed. */
export function urlize(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}\-_.~]/gu, '')
    .replace(/-{2,}/g, '-');
}

/** Jekyll's default slugify: lower case, runs of anything but letters and digits to one hyphen. */
export function jekyllSlugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

function weekday(date: string): number {
  const { year, month, day } = dateParts(date);
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay();
}

function yearDay(date: string): string {
  const { year, month, day } = dateParts(date);
  const start = Date.UTC(Number(year), 0, 1);
  return String((Date.UTC(Number(year), Number(month) - 1, Number(day)) - start) / 86_400_000 + 1);
}

/** Joins path pieces into one site path with single slashes and a leading one. */
export function cleanPath(path: string): string {
  return `/${path}`.replace(/\/{2,}/g, '/');
}

/** A Hugo permalink pattern (`/:year/:month/:slug/`) filled in for one post. */
export function hugoPermalink(pattern: string, post: PermalinkPost): string {
  const { year, month, day } = dateParts(post.date);
  const slug = post.slug ?? urlize(post.title);
  const tokens: Record<string, string> = {
    year,
    month,
    monthname: MONTHS[Number(month) - 1] ?? '',
    day,
    weekday: String(weekday(post.date)),
    weekdayname: WEEKDAYS[weekday(post.date)] ?? '',
    yearday: yearDay(post.date),
    section: post.sections[0] ?? '',
    sections: post.sections.join('/'),
    title: urlize(post.title),
    slug,
    filename: post.fileName,
    contentbasename: post.fileName,
    slugorfilename: post.slug ?? post.fileName,
    slugorcontentbasename: post.slug ?? post.fileName,
  };
  const filled = pattern.replace(/:(\w+)(?:\[[^\]]*\])?/g, (all, token: string) => tokens[token] ?? all);
  // Hugo lower-cases generated paths unless a site sets disablePathToLower, which few do.
  return cleanPath(filled.toLowerCase());
}

const JEKYLL_STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/** A Jekyll permalink (a style name or a pattern) filled in for one post. */
export function jekyllPermalink(style: string, post: PermalinkPost): string {
  const pattern = JEKYLL_STYLES[style] ?? style;
  const { year, month, day } = dateParts(post.date);
  const time = /T(\d{2}):(\d{2}):(\d{2})/.exec(post.date);
  const title = post.slug ?? post.fileName;
  const tokens: Record<string, string> = {
    year,
    short_year: year.slice(2),
    month,
    i_month: String(Number(month)),
    short_month: (MONTHS[Number(month) - 1] ?? '').slice(0, 3),
    long_month: MONTHS[Number(month) - 1] ?? '',
    day,
    i_day: String(Number(day)),
    y_day: yearDay(post.date).padStart(3, '0'),
    hour: time?.[1] ?? '00',
    minute: time?.[2] ?? '00',
    second: time?.[3] ?? '00',
    title,
    slug: jekyllSlugify(title),
    categories: post.categories.map((category) => category.toLowerCase()).join('/'),
    output_ext: '.html',
    short_day: (WEEKDAYS[weekday(post.date)] ?? '').slice(0, 3),
  };
  const filled = pattern.replace(/:(\w+)/g, (all, token: string) => tokens[token] ?? all);
  return cleanPath(filled);
}

/**
 * The forms one site path may be written in, reduced to one key:
 * `/a/b/`, `/a/b`, `/a/b/index.html` and `/a/b.html` are the same page.
 */
export function pathKey(path: string): string {
  let key = path.split(/[?#]/)[0] ?? '';
  try {
    key = decodeURI(key);
  } catch {
    // A malformed escape is kept as written.
  }
  key = key
    .replace(/\/index\.html?$/i, '/')
    .replace(/\.html?$/i, '')
    .replace(/\/+$/, '');
  return key === '' ? '/' : key.toLowerCase();
}
