import { Temporal } from 'temporal-polyfill';

/**
 * Post dates. Authors write calendar dates ("2024-05-01"), local date-times
 * ("2024-05-01T09:30"), or full timestamps as other generators write them:
 * RFC 3339 ("2021-03-07T06:07:00.000Z", "2014-02-17T00:00:00+01:00") and
 * Jekyll's "2016-10-06 11:10:38 -0700". A timestamp with an offset keeps its
 * instant; anything without one means the site's timezone, so a post never
 * moves a day because the build machine sits elsewhere. Time-zone rules come
 * from Temporal (the polyfill until Node ships it), not from our own arithmetic.
 */

const DATE_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

export const DATE_FORMAT_HINT =
  'a date written as YYYY-MM-DD, optionally with a time (YYYY-MM-DDTHH:MM[:SS]) and an offset (Z, +01:00, -0700)';

export type DateParseResult = { ok: true; date: Date } | { ok: false; message: string };

function daysInMonth(year: number, month: number): number {
  return Temporal.PlainYearMonth.from({ year, month }).daysInMonth;
}

/** Minutes east of UTC for "Z", "+01", "+0100" or "+01:00"; undefined when out of range. */
function offsetMinutes(offset: string): number | undefined {
  if (/^z$/i.test(offset)) return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 23 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

/**
 * Parses a front-matter date strictly: impossible calendar dates such as
 * 2024-02-30 are refused instead of rolling over into March.
 */
export function parsePostDate(raw: string, timezone: string): DateParseResult {
  const match = DATE_RE.exec(raw.trim());
  if (!match) return { ok: false, message: `"${raw}" is not ${DATE_FORMAT_HINT}` };
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return { ok: false, message: `"${raw}" has no month ${month}` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `"${raw}" is not a real date: ${y}-${mo} has ${daysInMonth(year, month)} days` };
  }
  const wall = {
    year,
    month,
    day,
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
    millisecond: Number(fraction.padEnd(3, '0').slice(0, 3)),
  };
  if (wall.hour > 23 || wall.minute > 59 || wall.second > 59) {
    return { ok: false, message: `"${raw}" has an impossible time of day` };
  }
  const local = Temporal.PlainDateTime.from(wall);
  if (offset === undefined) {
    // In a DST gap the clock time does not exist; "compatible" moves it forward, as a wall clock would.
    const instant = local.toZonedDateTime(timezone, { disambiguation: 'compatible' }).epochMilliseconds;
    return { ok: true, date: new Date(instant) };
  }
  const minutes = offsetMinutes(offset);
  if (minutes === undefined) return { ok: false, message: `"${raw}" has an impossible offset "${offset}"` };
  const instant = local.toZonedDateTime('UTC').epochMilliseconds - minutes * 60_000;
  return { ok: true, date: new Date(instant) };
}

/** The wall-clock calendar date of an instant in a timezone. */
function calendarDate(date: Date, timezone: string): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(date.getTime()).toZonedDateTimeISO(timezone).toPlainDate();
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
  return calendarDate(date, timezone).toString();
}

/** The year a post belongs to, in the site's timezone. */
export function yearOf(date: Date, timezone: string): number {
  return calendarDate(date, timezone).year;
}
