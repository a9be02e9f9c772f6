import { describe, expect, it } from 'vitest';
import { anchorsOf, matchFragment } from '../../../src/import/anchors';

const anchors = anchorsOf(
  '## What\'s next?\n\n#### Performance Dashboard\n\n```md\n## Not a heading\n```\n\n<a name="old-anchor"></a>\n\n## What\'s next?',
);

describe('matchFragment', () => {
  it('keeps ids the page will have', () => {
    expect(matchFragment('whats-next', anchors)).toBe('whats-next');
    expect(matchFragment('whats-next-1', anchors)).toBe('whats-next-1');
    expect(matchFragment('old-anchor', anchors)).toBe('old-anchor');
    expect(matchFragment('fn1', anchors)).toBe('fn1');
  });

  it('maps another generator’s heading ids to ours', () => {
    expect(matchFragment('what-s-next', anchors)).toBe('whats-next');
    expect(matchFragment('Performance-Dashboard', anchors)).toBe('performance-dashboard');
  });

  it('finds nothing for a heading that does not exist, or one inside code', () => {
    expect(matchFragment('not-a-heading', anchors)).toBeUndefined();
    expect(matchFragment('missing', anchors)).toBeUndefined();
  });
});
