import { describe, expect, it } from 'vitest';
import { tocSections } from '../../../src/lib/toc';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

describe('tocSections', () => {
  it('lists h2 and h3 sections, in order', () => {
    const headings = [h(2, 'a'), h(3, 'a-1'), h(4, 'a-1-x'), h(2, 'b'), h(5, 'deep'), h(2, 'c')];
    expect(tocSections(headings).map((x) => x.slug)).toEqual(['a', 'a-1', 'b', 'c']);
  });

  it('gives a post with fewer than three sections no table of contents', () => {
    expect(tocSections([h(2, 'a'), h(3, 'b'), h(4, 'c')])).toEqual([]);
    expect(tocSections([])).toEqual([]);
  });

  it('gives a post with exactly three sections one', () => {
    expect(tocSections([h(2, 'a'), h(3, 'b'), h(2, 'c')]).map((x) => x.slug)).toEqual(['a', 'b', 'c']);
  });
});
