import { describe, expect, it } from 'vitest';
import { postPathsIn } from '../../../src/search/post-links';

const listing = `
  <a href="/">Home</a><a href="/posts/">All</a><a href="/posts/2014/">2014</a>
  <a href="/posts/spanning-tree/">Spanning Tree</a><a href="/posts/spanning-tree/">again</a>
  <a href="/posts/spanning-tree/#x">anchor</a><a href="/tags/rust/">rust</a>
  <a href="/posts/gerdu-raft/">Gerdu</a>`;

describe('postPathsIn', () => {
  it('finds each post page once, leaving out listings, years, anchors and other pages', () => {
    expect(postPathsIn(listing, '/')).toEqual(['/posts/spanning-tree/', '/posts/gerdu-raft/']);
  });

  it('works under a base path', () => {
    expect(postPathsIn('<a href="/blog/posts/x/">x</a><a href="/posts/y/">y</a>', '/blog/')).toEqual([
      '/blog/posts/x/',
    ]);
  });
});
