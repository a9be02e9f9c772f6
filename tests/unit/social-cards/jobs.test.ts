import { describe, expect, it } from 'vitest';
import { cardJobs, parseCardJobs } from '../../../src/social-cards/jobs';

describe('cardJobs', () => {
  it('gives each post a card named by its id, showing its title and date as the page does', () => {
    expect(
      cardJobs(
        [
          { id: 'spanning-tree', title: 'Spanning Tree', dateText: '15 September 2014' },
          { id: 'café-notes', title: '<b>Tom</b> & "Jerry"', dateText: '1 January 2025' },
        ],
        'Rabbit Holes',
      ),
    ).toEqual([
      {
        slug: 'spanning-tree',
        content: { siteName: 'Rabbit Holes', title: 'Spanning Tree', dateText: '15 September 2014' },
      },
      {
        slug: 'café-notes',
        content: { siteName: 'Rabbit Holes', title: '<b>Tom</b> & "Jerry"', dateText: '1 January 2025' },
      },
    ]);
  });

  it('sets a title written over several lines on one, keeping non-breaking spaces', () => {
    const [job] = cardJobs([{ id: 'x', title: '  Tom\u00a0&\u00a0Jerry\n\t a story ', dateText: 'd' }], 'S');
    expect(job?.content.title).toBe('Tom\u00a0&\u00a0Jerry a story');
  });

  it('fails naming every post whose id cannot name a file in og/', () => {
    const post = (id: string) => ({ id, title: 't', dateText: 'd' });
    expect(() => cardJobs([post('fine'), post('a/b'), post('..'), post('c\\d')], 'S')).toThrow(
      'Social cards: these post ids cannot name a card file in og/: "a/b", "..", "c\\d"',
    );
  });
});

describe('parseCardJobs', () => {
  it('reads back the list cardJobs made', () => {
    const jobs = cardJobs([{ id: 'a', title: 'A', dateText: 'd' }], 'S');
    expect(parseCardJobs(JSON.stringify(jobs))).toEqual(jobs);
  });

  it.each([
    ['not a list', '{"slug":"a"}'],
    ['a card without text', '[{"slug":"a","content":{"siteName":"S","title":"A"}}]'],
    ['a card outside og/', '[{"slug":"../index","content":{"siteName":"S","title":"A","dateText":"d"}}]'],
    ['a card without a name', '[{"content":{"siteName":"S","title":"A","dateText":"d"}}]'],
  ])('refuses %s', (_, text) => {
    expect(() => parseCardJobs(text)).toThrow('og/card-jobs.json is not a list of { slug, content } cards');
  });
});
