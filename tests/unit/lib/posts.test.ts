import { describe, expect, it } from 'vitest';
import { groupByYear, neighboursFinder, publicationState, visiblePosts, type PostLike } from '../../../src/lib/posts';

const TZ = 'UTC';
const NOW = new Date('2026-06-01T12:00:00Z');

function post(id: string, date: string, draft = false): PostLike {
  return { id, data: { title: id, date: new Date(date), draft } };
}

const archive = [
  post('old', '2014-04-21T00:00:00Z'),
  post('newest', '2026-05-30T00:00:00Z'),
  post('draft', '2026-01-01T00:00:00Z', true),
  post('scheduled', '2026-12-24T00:00:00Z'),
  post('middle', '2025-07-22T00:00:00Z'),
  post('same-day-b', '2015-03-20T00:00:00Z'),
  post('same-day-a', '2015-03-20T00:00:00Z'),
];

const ids = (posts: readonly PostLike[]) => posts.map((p) => p.id);

describe('publicationState', () => {
  it.each([
    ['draft', 'draft'],
    ['scheduled', 'scheduled'],
    ['newest', 'published'],
  ])('%s is %s', (id, state) => {
    const found = archive.find((p) => p.id === id);
    expect(found && publicationState(found, NOW)).toBe(state);
  });

  it('publishes a post at the moment of its date', () => {
    expect(publicationState(post('on-time', NOW.toISOString()), NOW)).toBe('published');
  });
});

describe('visiblePosts', () => {
  it('shows only published posts in production, newest first, ties by slug', () => {
    expect(ids(visiblePosts(archive, { now: NOW, includeUnpublished: false }))).toEqual([
      'newest',
      'middle',
      'same-day-a',
      'same-day-b',
      'old',
    ]);
  });

  it('shows drafts and scheduled posts in dev, in date order', () => {
    expect(ids(visiblePosts(archive, { now: NOW, includeUnpublished: true }))).toEqual([
      'scheduled',
      'newest',
      'draft',
      'middle',
      'same-day-a',
      'same-day-b',
      'old',
    ]);
  });

  it('does not reorder the list it was given', () => {
    const before = ids(archive);
    visiblePosts(archive, { now: NOW, includeUnpublished: false });
    expect(ids(archive)).toEqual(before);
  });
});

describe('groupByYear', () => {
  it('groups by year, newest year first, keeping order within a year', () => {
    const sorted = visiblePosts(archive, { now: NOW, includeUnpublished: false });
    expect(groupByYear(sorted, TZ).map((g) => [g.year, ids(g.posts)])).toEqual([
      [2026, ['newest']],
      [2025, ['middle']],
      [2015, ['same-day-a', 'same-day-b']],
      [2014, ['old']],
    ]);
  });

  it('lists the newest year first whatever order the posts come in', () => {
    const oldestFirst = [post('a', '2019-05-01'), post('b', '2021-05-01'), post('c', '2020-05-01')];
    expect(groupByYear(oldestFirst, TZ).map((g) => g.year)).toEqual([2021, 2020, 2019]);
  });

  it('puts a post in the year of the site timezone', () => {
    const newYearsEve = [post('eve', '2024-12-31T23:30:00Z')];
    expect(groupByYear(newYearsEve, 'UTC')[0]?.year).toBe(2024);
    expect(groupByYear(newYearsEve, 'Asia/Tokyo')[0]?.year).toBe(2025);
  });

  it('returns nothing for no posts', () => {
    expect(groupByYear([], TZ)).toEqual([]);
  });
});

describe('neighbours', () => {
  const sorted = [post('c', '2026-03-01'), post('b', '2026-02-01'), post('a', '2026-01-01')];

  it.each([
    ['c', undefined, 'b'],
    ['b', 'c', 'a'],
    ['a', 'b', undefined],
    ['missing', undefined, undefined],
  ])('around %s: newer %s, older %s', (id, newer, older) => {
    const result = neighboursFinder(sorted)(id);
    expect(result.newer?.id).toBe(newer);
    expect(result.older?.id).toBe(older);
  });
});
