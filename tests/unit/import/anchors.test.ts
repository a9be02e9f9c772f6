import { describe, expect, it } from 'vitest';
import { anchorsOf, matchFragment, namedAnchorsToIds } from '../../../src/import/anchors';

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

  it('slugs headings as the page does: spaces kept, underscores inside words kept', () => {
    const written = anchorsOf('### Is it late?  Not yet\n\n### Bootstrap with rustc_codegen_gcc and _emphasis_');
    expect(matchFragment('is-it-late-not-yet', written)).toBe('is-it-late--not-yet');
    expect(matchFragment('bootstrap-with-rustccodegengcc-and-emphasis', written)).toBe(
      'bootstrap-with-rustc_codegen_gcc-and-emphasis',
    );
  });

  it('finds nothing for a heading that does not exist, or one inside code', () => {
    expect(matchFragment('not-a-heading', anchors)).toBeUndefined();
    expect(matchFragment('missing', anchors)).toBeUndefined();
  });
});

describe('namedAnchorsToIds', () => {
  it('turns a named anchor into an id, outside code only', () => {
    expect(namedAnchorsToIds('<a name="tool"></a> and `<a name="x">`')).toBe('<a id="tool"></a> and `<a name="x">`');
  });

  it('finds the name among other attributes, and leaves an anchor that has an id', () => {
    expect(namedAnchorsToIds('## Part 1 <a href="#part-1" name="part-1">#</a>')).toBe(
      '## Part 1 <a href="#part-1" id="part-1">#</a>',
    );
    expect(namedAnchorsToIds('<a id="kept" name="other"></a>')).toBe('<a id="kept" name="other"></a>');
  });
});
