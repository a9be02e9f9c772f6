import { describe, expect, it } from 'vitest';
import { rawDateFields } from '../../../src/loaders/front-matter';

describe('rawDateFields', () => {
  it('returns dates exactly as written, even impossible ones', () => {
    const source = '---\ntitle: x\ndate: 2024-02-30\nupdated: 2024-03-01T10:00\n---\nbody';
    expect(rawDateFields(source)).toEqual({ date: '2024-02-30', updated: '2024-03-01T10:00' });
  });

  it('keeps quoted dates and non-string values as they are', () => {
    expect(rawDateFields('---\ndate: "2024-01-01"\n---\n')).toEqual({ date: '2024-01-01' });
    expect(rawDateFields('---\ndate: 20240101\n---\n')).toEqual({ date: 20240101 });
  });

  it('omits fields the author did not write', () => {
    expect(rawDateFields('---\ntitle: x\n---\n')).toEqual({});
  });

  it('returns nothing when there is no front matter', () => {
    expect(rawDateFields('# Just a heading')).toEqual({});
  });
});
