import { describe, expect, it } from 'vitest';
import { editDistance, nearestWords, suggestQueries } from '../../../src/search/suggest';
import { buildVocabulary } from '../../../src/search/vocabulary';

describe('editDistance', () => {
  it.each([
    ['semaphore', 'semaphore', 0],
    ['sempahore', 'semaphore', 1],
    ['raplication', 'replication', 1],
    ['kuberentes', 'kubernetes', 1],
    ['kubernets', 'kubernetes', 1],
    ['ca', 'abc', 3],
    ['replicaton', 'application', 3],
  ])('%s → %s is %i edits', (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
  });

  it('stops at the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });
});

describe('nearestWords', () => {
  const vocabulary = [
    ['the', 900],
    ['replication', 40],
    ['application', 90],
    ['semaphore', 12],
    ['semaphores', 3],
    ['kubernetes', 30],
    ['state', 100],
    ['slate', 2],
  ] as const;

  it('prefers the nearest word, then the more frequent one', () => {
    expect(nearestWords('sempahore', vocabulary, 2)).toEqual(['semaphore', 'semaphores']);
    expect(nearestWords('raplication', vocabulary, 1)).toEqual(['replication']);
    expect(nearestWords('stale', vocabulary, 2)).toEqual(['state', 'slate']);
  });

  it('suggests corrected queries, keeping known words and correcting each unknown one', () => {
    expect(suggestQueries('Kuberentes replicaton', vocabulary)).toEqual(['kubernetes replication']);
    expect(suggestQueries('the replication', vocabulary)).toEqual([]);
    expect(suggestQueries('qqqqqqq', vocabulary)).toEqual([]);
  });
});

describe('buildVocabulary', () => {
  it('counts prose words, most frequent first, leaving out code, links and tags', () => {
    const markdown = [
      'Raft keeps a log. The log is [replicated](https://example.com/raftlog).',
      '```go\nfunc secretIdentifier() {}\n```',
      'Use `inlineThing` or <span class="x">logs</span>.',
    ].join('\n');
    expect(buildVocabulary([markdown, 'Another log'])).toEqual([
      ['log', 3],
      ['another', 1],
      ['keeps', 1],
      ['logs', 1],
      ['raft', 1],
      ['replicated', 1],
      ['the', 1],
      ['use', 1],
    ]);
  });
});
