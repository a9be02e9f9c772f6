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

  it('reads a calendar date as midnight across a DST change', () => {
    expect(parsed('2024-03-31').toISOString()).toBe('2024-03-30T23:00:00.000Z');
    expect(parsed('2024-10-27').toISOString()).toBe('2024-10-26T22:00:00.000Z');
  });

  it.each([
    ['2024-02-30', /not a real date: 2024-02 has 29 days/],
    ['2023-02-29', /2023-02 has 28 days/],
    ['2024-04-31', /2024-04 has 30 days/],
    ['2024-13-01', /no month 13/],
    ['2024-00-10', /no month 0/],
    ['2024-05-01T25:00', /impossible time/],
    ['yesterday', /is not a date written as YYYY-MM-DD/],
    ['01/05/2024', /is not a date written as YYYY-MM-DD/],
    ['', /is not a date/],
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
