/**
 * Post dates. Authors write calendar dates ("2024-05-01") or local date-times
 * ("2024-05-01T09:30"); both mean the site's timezone, so a post never moves a
 * day because the build machine sits elsewhere.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;

export const DATE_FORMAT_HINT = 'a date written as YYYY-MM-DD (optionally with a time, YYYY-MM-DDTHH:MM)';

export type DateParseResult = { ok: true; date: Date } | { ok: false; message: string };

interface CalendarParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(timezone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timezone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of an instant in a timezone. */
function calendarParts(date: Date, timezone: string): CalendarParts {
  const parts: Record<string, number> = {};
  for (const part of partFormatter(timezone).formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The instant at which a timezone's clocks show the given wall-clock time. */
function zonedInstant(wall: CalendarParts, timezone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  let guess = asUtc;
  // Two rounds settle the offset even when the first guess lands across a DST change.
  for (let round = 0; round < 2; round += 1) {
    const seen = calendarParts(new Date(guess), timezone);
    const seenAsUtc = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute, seen.second);
    guess += asUtc - seenAsUtc;
  }
  return new Date(guess);
}

/**
 * Parses a front-matter date strictly: impossible calendar dates such as
 * 2024-02-30 are refused instead of rolling over into March.
 */
export function parsePostDate(raw: string, timezone: string): DateParseResult {
  const match = DATE_RE.exec(raw.trim());
  if (!match) return { ok: false, message: `"${raw}" is not ${DATE_FORMAT_HINT}` };
  const [, y, mo, d, h = '0', mi = '0', s = '0', offset] = match;
  const wall = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
  };
  if (wall.month < 1 || wall.month > 12) {
    return { ok: false, message: `"${raw}" has no month ${wall.month}` };
  }
  if (wall.day < 1 || wall.day > daysInMonth(wall.year, wall.month)) {
    return {
      ok: false,
      message: `"${raw}" is not a real date: ${y}-${mo} has ${daysInMonth(wall.year, wall.month)} days`,
    };
  }
  if (wall.hour > 23 || wall.minute > 59 || wall.second > 59) {
    return { ok: false, message: `"${raw}" has an impossible time of day` };
  }
  if (offset) {
    const iso = `${y}-${mo}-${d}T${String(wall.hour).padStart(2, '0')}:${mi}:${s.padStart(2, '0')}${offset}`;
    return { ok: true, date: new Date(iso) };
  }
  return { ok: true, date: zonedInstant(wall, timezone) };
}

const displayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The one way dates are shown to readers, e.g. "Oct 14, 2026". */
export function formatDate(date: Date, timezone: string, lang = 'en'): string {
  const key = `${lang}|${timezone}`;
  let formatter = displayFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, {
      timeZone: timezone,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
    });
    displayFormatters.set(key, formatter);
  }
  return formatter.format(date);
}

/** The calendar date in the site's timezone as YYYY-MM-DD, for <time datetime>. */
export function isoDate(date: Date, timezone: string): string {
  const { year, month, day } = calendarParts(date, timezone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The year a post belongs to, in the site's timezone. */
export function yearOf(date: Date, timezone: string): number {
  return calendarParts(date, timezone).year;
}
