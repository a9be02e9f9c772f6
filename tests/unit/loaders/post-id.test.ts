import { describe, expect, it } from 'vitest';
import { postIdFromPath, SlugRegistry } from '../../../src/loaders/post-id';

describe('postIdFromPath', () => {
  it.each([
    ['spanning-tree.md', 'spanning-tree'],
    ['spanning-tree.mdx', 'spanning-tree'],
    ['snake-on-a-cube/index.md', 'snake-on-a-cube'],
    ['snake-on-a-cube/index.mdx', 'snake-on-a-cube'],
    ['Hello World.md', 'hello-world'],
  ])('%s → %s', (entry, id) => {
    expect(postIdFromPath(entry)).toBe(id);
  });

  it('refuses a bare year, which is the year archive', () => {
    expect(() => postIdFromPath('2024.md')).toThrow(/cannot be a bare year.*\/posts\/2024\//);
  });
});

describe('SlugRegistry', () => {
  it('lets the same file claim its slug again (a rebuild in dev)', () => {
    const slugs = new SlugRegistry();
    slugs.claim('x', 'content/posts/x.md');
    expect(() => {
      slugs.claim('x', 'content/posts/x.md');
    }).not.toThrow();
  });

  it('names both files when two claim one slug', () => {
    const slugs = new SlugRegistry();
    slugs.claim('x', 'content/posts/x.md');
    expect(() => {
      slugs.claim('x', 'content/posts/x/index.mdx');
    }).toThrow('Two posts have the slug "x": content/posts/x.md and content/posts/x/index.mdx');
  });

  it('forgets an owner whose file is gone (a rename in dev)', () => {
    const slugs = new SlugRegistry();
    slugs.claim('x', 'content/posts/x.md');
    expect(() => {
      slugs.claim('x', 'content/posts/x/index.md', () => false);
    }).not.toThrow();
  });

  it('starts afresh after clear', () => {
    const slugs = new SlugRegistry();
    slugs.claim('x', 'a.md');
    slugs.clear();
    expect(() => {
      slugs.claim('x', 'b.md');
    }).not.toThrow();
  });
});
