import { describe, expect, it } from 'vitest';
import { relatedPostsFinder } from '../../../src/lib/related';
import { seriesFinder } from '../../../src/lib/series';
import { tagSlug } from '../../../src/lib/tags';

const post = (id: string, date: string, tags: string[] = [], series?: string) => ({
  id,
  data: { title: id, date: new Date(date), draft: false, tags, series },
});
type TestPost = ReturnType<typeof post>;

describe('relatedPostsFinder', () => {
  const current = post('current', '2020-06-01', ['rust', 'networking', 'linux']);
  const posts = [
    current,
    post('two-tags-far', '2010-01-01', ['rust', 'networking']),
    post('one-tag-near', '2020-05-01', ['linux']),
    post('one-tag-nearer', '2020-06-10', ['Rust']),
    post('three-tags', '2001-01-01', ['linux', 'rust', 'networking']),
    post('no-tags-shared', '2020-06-01', ['go']),
    post('one-tag-far', '2001-01-01', ['networking']),
  ];
  const related = relatedPostsFinder(posts);

  it('ranks by shared tags, then nearest date, and leaves out the post itself', () => {
    expect(related(current).map((p) => p.id)).toEqual(['three-tags', 'two-tags-far', 'one-tag-nearer']);
  });

  it('never offers a post that shares no tag', () => {
    expect(related(current, 10).map((p) => p.id)).not.toContain('no-tags-shared');
    expect(related(post('lonely', '2020-01-01', ['haskell']))).toEqual([]);
  });

  it('offers each related post once, however many tags it shares', () => {
    const ids = related(current, 10).map((p) => p.id);
    expect(ids).toEqual([...new Set(ids)]);
  });

  it('gives the same answer however often it is asked', () => {
    for (const other of posts) related(other);
    expect(related(current).map((p) => p.id)).toEqual(['three-tags', 'two-tags-far', 'one-tag-nearer']);
  });

  it('breaks ties of tags and distance by slug, whatever the input order', () => {
    const middle = post('middle', '2020-01-10', ['go']);
    const twins = [post('b-later', '2020-01-20', ['go']), post('a-earlier', '2020-01-01', ['go']), middle];
    expect(relatedPostsFinder(twins)(middle).map((p) => p.id)).toEqual(['a-earlier', 'b-later']);
    expect(relatedPostsFinder([...twins].reverse())(middle).map((p) => p.id)).toEqual(['a-earlier', 'b-later']);
  });

  // The definition, written plainly: compare the post with every other one.
  function relatedByScan(all: readonly TestPost[], of: TestPost, limit: number): string[] {
    const own = new Set(of.data.tags.map(tagSlug));
    return all
      .filter((other) => other.id !== of.id)
      .map((other) => ({
        id: other.id,
        shared: new Set(other.data.tags.map(tagSlug).filter((slug) => own.has(slug))).size,
        distance: Math.abs(other.data.date.getTime() - of.data.date.getTime()),
      }))
      .filter(({ shared }) => shared > 0)
      .sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map(({ id }) => id);
  }

  it('agrees with comparing every pair of posts, on a few hundred generated posts', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return (seed >>> 8) % n;
    };
    const vocabulary = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'A', 'C#', 'c-sharp'];
    const generated = Array.from({ length: 300 }, (_, i) =>
      post(
        `p${String(i).padStart(3, '0')}`,
        new Date(Date.UTC(2010, 0, 1 + next(400))).toISOString(),
        Array.from({ length: next(4) }, () => vocabulary[next(vocabulary.length)] ?? 'a'),
      ),
    );
    const find = relatedPostsFinder(generated);
    expect(generated.filter((one) => relatedByScan(generated, one, 5).length === 5).length).toBeGreaterThan(200);
    for (const one of generated) {
      expect(find(one, 5).map((p) => p.id)).toEqual(relatedByScan(generated, one, 5));
    }
  });
});

describe('seriesFinder', () => {
  const one = post('part-1', '2014-04-21', [], 'Azure');
  const two = post('part-2', '2014-11-24', [], 'Azure');
  const other = post('other', '2014-05-01', [], 'Other');
  const alone = post('alone', '2014-06-01');

  it('lists every part oldest first, whichever part asks', () => {
    const seriesOf = seriesFinder([two, other, one, alone]);
    for (const part of [one, two]) {
      expect(seriesOf(part)).toEqual({ name: 'Azure', parts: [one, two] });
    }
    expect(seriesOf(other)).toEqual({ name: 'Other', parts: [other] });
  });

  it('orders parts published the same day by slug, whatever the input order', () => {
    const b = post('part-b', '2014-04-21', [], 'Twins');
    const a = post('part-a', '2014-04-21', [], 'Twins');
    expect(seriesFinder([b, a])(b)?.parts.map((part) => part.id)).toEqual(['part-a', 'part-b']);
  });

  it('is undefined for a post outside any series', () => {
    expect(seriesFinder([one, two, alone])(alone)).toBeUndefined();
  });
});
