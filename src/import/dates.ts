/**
 * Dates as other generators write them, turned into what our schema reads:
 * a calendar date `YYYY-MM-DD` stays one, and so becomes a day written in
 * English words (`11 Oct 2023`); a timestamp keeps its instant as
 * `YYYY-MM-DDTHH:MM:SS` plus `Z` or `±HH:MM` (or no zone: the site's own).
 */
const TIMESTAMP_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function pad(value: string): string {
  return value.padStart(2, '0');
}

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const MONTHS = 'january february march april may june july august september october november december'.split(' ');
/** A day written in English words, as themes whose schema runs `new Date(value)` accept: `11 Oct 2023`, `October 11, 2023`. */
const DAY_MONTH_YEAR_RE = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,})\.?,?\s+(\d{4})$/i;
const MONTH_DAY_YEAR_RE = /^([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

/** `11 Oct 2023` as `2023-10-11`; undefined unless the month is an English month's name or its first letters. */
function writtenDay(text: string): string | undefined {
  const dayFirst = DAY_MONTH_YEAR_RE.exec(text);
  const monthFirst = MONTH_DAY_YEAR_RE.exec(text);
  const [day, name, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  if (day === undefined || name === undefined || year === undefined) return undefined;
  const month = MONTHS.findIndex((full) => full.startsWith(name.toLowerCase()));
  if (month < 0 || !isRealDay(Number(year), month + 1, Number(day))) return undefined;
  return `${year}-${pad(String(month + 1))}-${pad(day)}`;
}

/** Our form of a front-matter date, or undefined when it is not a date we can read. */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().replace(/\.000Z$/, 'Z');
  if (typeof value !== 'string') return undefined;
  const match = TIMESTAMP_RE.exec(value.trim());
  if (!match) return writtenDay(value.trim());
  const [, year = '', month = '', day = '', hour, minute, second, zone] = match;
  if (!isRealDay(Number(year), Number(month), Number(day))) return undefined;
  const calendar = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined) return calendar;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return undefined;
  let offset = '';
  if (zone !== undefined) {
    const digits = zone.replace(':', '');
    offset = /^z$/i.test(zone) ? 'Z' : `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
  }
  return `${calendar}T${pad(hour)}:${minute}:${pad(second ?? '00')}${offset}`;
}

/** The date at the start of a file name (`2019-09-30-some-post.md`), as YYYY-MM-DD. */
export function dateFromFileName(name: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?=[-_.]|$)/.exec(name);
  return match ? normaliseDate(match.slice(1, 4).join('-')) : undefined;
}

/** A `YYYY/MM/DD` in a path (`/2019/09/30/some-post.html`), as YYYY-MM-DD. */
export function dateFromPath(path: string): string | undefined {
  const match = /(?:^|\/)(\d{4})\/(\d{2})\/(\d{2})(?=\/|$)/.exec(path);
  return match ? normaliseDate(match.slice(1, 4).join('-')) : undefined;
}

/** The calendar parts of a normalised date, as written (the old site's URLs used them so). */
export function dateParts(date: string): { year: string; month: string; day: string } {
  const [year = '', month = '', day = ''] = date.slice(0, 10).split('-');
  return { year, month, day };
}
