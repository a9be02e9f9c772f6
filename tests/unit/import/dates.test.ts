import { describe, expect, it } from 'vitest';
import { dateFromFileName, dateFromPath, normaliseDate } from '../../../src/import/dates';

describe('normaliseDate', () => {
  it.each([
    ['2014-02-17', '2014-02-17'],
    ['2014-2-7', '2014-02-07'],
    ['2021-03-07T06:07:00.000Z', '2021-03-07T06:07:00Z'],
    ['2014-02-17T00:00:00+01:00', '2014-02-17T00:00:00+01:00'],
    ['2016-10-06 11:10:38 -0700', '2016-10-06T11:10:38-07:00'],
    ['2016-10-06 11:10', '2016-10-06T11:10:00'],
    ['2022-10-01T09:12:47.400Z', '2022-10-01T09:12:47Z'],
    // Astro themes whose schema runs new Date() on the field, and Jekyll, read days written in words.
    ['11 Oct 2023', '2023-10-11'],
    ['6 December 2024', '2024-12-06'],
    ['March 3, 2021', '2021-03-03'],
    ['Sept. 1st, 2019', '2019-09-01'],
  ])('%s becomes %s', (written, ours) => {
    expect(normaliseDate(written)).toBe(ours);
  });

  it.each([
    '2024-02-30',
    '2021-13-01',
    'yesterday',
    '2021-03-07T25:00:00Z',
    '31 Feb 2023',
    '11 Octember 2023',
    '11 Ma 2023',
    '',
    undefined,
    false,
  ])('refuses %s', (written) => {
    expect(normaliseDate(written)).toBeUndefined();
  });
});

describe('dates from names and paths', () => {
  it('reads a Jekyll file name', () => {
    expect(dateFromFileName('2019-09-30-some-post')).toBe('2019-09-30');
    expect(dateFromFileName('2019-11-02_handshake')).toBe('2019-11-02');
    expect(dateFromFileName('some-post')).toBeUndefined();
    expect(dateFromFileName('2019-02-31-not-a-day')).toBeUndefined();
  });

  it('reads a YYYY/MM/DD in an old path', () => {
    expect(dateFromPath('/2019/09/30/some-post.html')).toBe('2019-09-30');
    expect(dateFromPath('/blog/2019/09/some-post/')).toBeUndefined();
  });
});
