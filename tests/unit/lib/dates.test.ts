import { describe, expect, it } from 'vitest';
import { formatDate, isoDate, parsePostDate, yearOf } from '../../../src/lib/dates';

const TZ = 'Europe/Amsterdam';

function parsed(raw: string, timezone = TZ): Date {
  const result = parsePostDate(raw, timezone);
  if (!result.ok) throw new Error(result.message);
  return result.date;
}

describe('parsePostDate', () => {
  it.each([
    ['2024-05-01', '2024-04-30T22:00:00.000Z'],
    ['2024-01-15', '2024-01-14T23:00:00.000Z'],
    ['2024-01-15T09:30', '2024-01-15T08:30:00.000Z'],
    ['2024-07-01T00:00:00Z', '2024-07-01T00:00:00.000Z'],
    ['2024-07-01T12:00+05:30', '2024-07-01T06:30:00.000Z'],
    ['2024-02-29', '2024-02-28T23:00:00.000Z'],
  ])('reads %s as the instant %s', (raw, instant) => {
    expect(parsed(raw).toISOString()).toBe(instant);
  });

  it.each([
    // Hugo's and AstroPaper's defaults, and Jekyll's.
    ['2021-03-07T06:07:00.000Z', '2021-03-07T06:07:00.000Z'],
    ['2014-02-17T00:00:00+01:00', '2014-02-16T23:00:00.000Z'],
    ['2016-10-06 11:10:38 -0700', '2016-10-06T18:10:38.000Z'],
    ['2016-10-06 11:10:38 +0530', '2016-10-06T05:40:38.000Z'],
    ['2016-10-06 11:10:38', '2016-10-06T09:10:38.000Z'],
    ['2020-01-02T03:04:05.123456789-03:00', '2020-01-02T06:04:05.123Z'],
    ['2020-01-02t03:04:05z', '2020-01-02T03:04:05.000Z'],
    ['2020-01-02T03:04:05+02', '2020-01-02T01:04:05.000Z'],
    // The last second of a day, a tenth of a second written with one digit, and the largest offsets.
    ['2020-01-02T23:59:59.5Z', '2020-01-02T23:59:59.500Z'],
    ['2020-01-02T12:00:00+23:59', '2020-01-01T12:01:00.000Z'],
  ])('keeps the instant of the timestamp %s', (raw, instant) => {
    expect(parsed(raw).toISOString()).toBe(instant);
  });

  it.each([
    // An offset carries the instant across midnight: late evening in California is the next day here.
    ['2021-03-07T23:30:00-08:00', '2021-03-08'],
    ['2021-03-08T00:30:00+09:00', '2021-03-07'],
    ['2024-12-31T23:30:00-01:00', '2025-01-01'],
    // Around the spring-forward (31 March 2024, 02:00 → 03:00) and fall-back (27 October 2024) changes.
    ['2024-03-30T23:30:00Z', '2024-03-31'],
    ['2024-03-30T22:30:00Z', '2024-03-30'],
    ['2024-10-26T22:30:00Z', '2024-10-27'],
    ['2024-10-26T21:30:00Z', '2024-10-26'],
  ])('shows %s on %s in Amsterdam', (raw, day) => {
    expect(isoDate(parsed(raw), TZ)).toBe(day);
  });

  it('reads local times inside a DST change as a wall clock does', () => {
    // 02:30 does not exist on 31 March 2024 in Amsterdam; it is read as 03:30 CEST.
    expect(parsed('2024-03-31T02:30').toISOString()).toBe('2024-03-31T01:30:00.000Z');
    // 02:30 happens twice on 27 October 2024; the first (CEST) is kept.
    expect(parsed('2024-10-27T02:30').toISOString()).toBe('2024-10-27T00:30:00.000Z');
    expect(parsed('2024-03-31T03:00').toISOString()).toBe('2024-03-31T01:00:00.000Z');
  });

  it('reads a calendar date as midnight across a DST change', () => {
    expect(parsed('2024-03-31').toISOString()).toBe('2024-03-30T23:00:00.000Z');
    expect(parsed('2024-10-27').toISOString()).toBe('2024-10-26T22:00:00.000Z');
  });

  it.each([
    ['2024-02-30', /not a real date: 2024-02 has 29 days/],
    ['2024-01-00', /not a real date: 2024-01 has 31 days/],
    ['2023-02-29', /2023-02 has 28 days/],
    ['2024-04-31', /2024-04 has 30 days/],
    ['2024-13-01', /no month 13/],
    ['2024-00-10', /no month 0/],
    ['2024-05-01T25:00', /impossible time/],
    ['yesterday', /is not a date written as YYYY-MM-DD/],
    ['01/05/2024', /is not a date written as YYYY-MM-DD/],
    ['', /is not a date/],
    ['2024-02-30T10:00:00Z', /not a real date: 2024-02 has 29 days/],
    ['2024-05-01T12:60:00Z', /impossible time/],
    ['2024-05-01T12:00:60Z', /impossible time/],
    ['2024-05-01T12:00:00+24:00', /impossible offset/],
    ['2024-05-01T12:00:00+01:75', /impossible offset/],
    ['2024-05-01T12:00:00 CET', /is not a date/],
    ['2024-05-01T12:00:00.Z', /is not a date/],
  ])('refuses %s', (raw, message) => {
    const result = parsePostDate(raw, TZ);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('formatting in the site timezone', () => {
  // 23:30 on New Year's Eve in Amsterdam is already 2025 in UTC+2 zones and still 2024 in UTC.
  const lateEvening = parsed('2024-12-31T23:30');

  it('shows the calendar date of the site timezone, whatever the machine', () => {
    expect(formatDate(lateEvening, TZ)).toBe('Dec 31, 2024');
    expect(isoDate(lateEvening, TZ)).toBe('2024-12-31');
    expect(yearOf(lateEvening, TZ)).toBe(2024);
  });

  it('follows the timezone it is given', () => {
    expect(isoDate(lateEvening, 'UTC')).toBe('2024-12-31');
    expect(isoDate(lateEvening, 'Asia/Tokyo')).toBe('2025-01-01');
    expect(yearOf(lateEvening, 'Asia/Tokyo')).toBe(2025);
  });
});
