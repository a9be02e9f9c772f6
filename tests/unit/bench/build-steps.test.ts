import { describe, expect, it } from 'vitest';
import { buildSteps } from '../../bench/build-steps';

describe('buildSteps', () => {
  const log = [
    { at: 500, line: '01:25:22 [versioned-build-cache] Reusing the build cache in /tmp/cache/' },
    { at: 3000, line: '01:25:25 [content] Syncing content' },
    { at: 4500, line: '01:25:25 [content] Synced content' },
    { at: 5000, line: '01:25:25 [build] ✓ Completed in 2.99s.' },
    { at: 9000, line: ' generating static routes ' },
    { at: 9100, line: '01:25:29   ├─ /posts/a/index.html (+10ms)' },
    { at: 12000, line: '01:25:29 ✓ Completed in 3.00s.' },
    { at: 12500, line: '01:25:29 [search-index] Indexed 5 posts for search in 0.14 s' },
  ];

  it('splits the log at the markers each step leaves', () => {
    expect(buildSteps(log, 14000)).toEqual({ setup: 3, contentSync: 1.5, bundling: 4.5, pages: 3, postBuild: 2 });
  });

  it('ends the pages at the first completion after they start, not at an earlier one', () => {
    expect(buildSteps(log, 14000).pages).toBe(3);
  });

  it('leaves a step it cannot see as unknown', () => {
    const failedEarly = log.slice(0, 3);
    expect(buildSteps(failedEarly, 5000)).toEqual({
      setup: 3,
      contentSync: 1.5,
      bundling: null,
      pages: null,
      postBuild: null,
    });
  });
});
