import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DevPageCache, postPathOfFile } from '../../../src/search/dev-page-cache';

describe('postPathOfFile', () => {
  const posts = '/site/content/posts';

  it('gives the page of a post file or of a file in a post’s folder', () => {
    expect(postPathOfFile(join(posts, 'raft.md'), posts, '/')).toBe('/posts/raft/');
    expect(postPathOfFile(join(posts, 'Spanning Tree.mdx'), posts, '/blog/')).toBe('/blog/posts/spanning-tree/');
    expect(postPathOfFile(join(posts, 'bridges/index.md'), posts, '/')).toBe('/posts/bridges/');
    expect(postPathOfFile(join(posts, 'bridges/loop.svg'), posts, '/')).toBe('/posts/bridges/');
  });

  it('gives nothing for files that are no post’s', () => {
    expect(postPathOfFile('/site/src/layouts/PostLayout.astro', posts, '/')).toBeUndefined();
    expect(postPathOfFile(join(posts, 'notes.txt'), posts, '/')).toBeUndefined();
    expect(postPathOfFile(posts, posts, '/')).toBeUndefined();
  });
});

describe('DevPageCache', () => {
  const fetcher = () => {
    const fetched: string[] = [];
    let version = 0;
    return {
      fetched,
      bump: () => version++,
      fetchPage: (path: string) => {
        fetched.push(path);
        return Promise.resolve(`${path} v${version}`);
      },
    };
  };

  it('fetches each page once, then only the pages whose post changed', async () => {
    const cache = new DevPageCache();
    const server = fetcher();
    await cache.pages(['/posts/a/', '/posts/b/', '/posts/c/'], server.fetchPage);
    server.bump();
    cache.forget('/posts/b/');
    const pages = await cache.pages(['/posts/a/', '/posts/b/', '/posts/c/'], server.fetchPage);
    expect(server.fetched).toEqual(['/posts/a/', '/posts/b/', '/posts/c/', '/posts/b/']);
    expect([...pages.values()]).toEqual(['/posts/a/ v0', '/posts/b/ v1', '/posts/c/ v0']);
  });

  it('fetches a page again once keepOnly() has dropped it', async () => {
    const cache = new DevPageCache();
    const server = fetcher();
    await cache.pages(['/posts/a/', '/posts/b/'], server.fetchPage);
    await cache.pages(['/posts/a/'], server.fetchPage);
    cache.keepOnly(['/posts/a/']);
    await cache.pages(['/posts/a/', '/posts/b/'], server.fetchPage);
    expect(server.fetched).toEqual(['/posts/a/', '/posts/b/', '/posts/b/']);
  });

  it('fetches a new post, and fetches everything after clear()', async () => {
    const cache = new DevPageCache();
    const server = fetcher();
    await cache.pages(['/posts/a/', '/posts/b/'], server.fetchPage);
    const pages = await cache.pages(['/posts/a/', '/posts/new/'], server.fetchPage);
    expect([...pages.keys()]).toEqual(['/posts/a/', '/posts/new/']);
    cache.clear();
    await cache.pages(['/posts/a/', '/posts/new/'], server.fetchPage);
    expect(server.fetched).toEqual(['/posts/a/', '/posts/b/', '/posts/new/', '/posts/a/', '/posts/new/']);
  });

  it('does not keep a page fetched while its post was being edited', async () => {
    const cache = new DevPageCache();
    let release: () => void = () => undefined;
    const slow = (path: string) =>
      new Promise<string>((done) => {
        release = () => {
          done(`${path} old`);
        };
      });
    const building = cache.pages(['/posts/a/'], slow);
    cache.forget('/posts/a/');
    release();
    expect((await building).get('/posts/a/')).toBe('/posts/a/ old');
    const server = fetcher();
    await cache.pages(['/posts/a/'], server.fetchPage);
    expect(server.fetched).toEqual(['/posts/a/']);
  });

  it('fetches a changed post again once the content store is written, as its first fetch may show the old text', async () => {
    const cache = new DevPageCache();
    const server = fetcher();
    await cache.pages(['/posts/a/', '/posts/b/'], server.fetchPage);
    cache.forget('/posts/a/');
    // The index is rebuilt before Astro has stored the new text: the page is still the old one.
    expect((await cache.pages(['/posts/a/', '/posts/b/'], server.fetchPage)).get('/posts/a/')).toBe('/posts/a/ v0');
    server.bump();
    cache.storeWritten();
    const pages = await cache.pages(['/posts/a/', '/posts/b/'], server.fetchPage);
    expect(pages.get('/posts/a/')).toBe('/posts/a/ v1');
    expect(server.fetched).toEqual(['/posts/a/', '/posts/b/', '/posts/a/', '/posts/a/']);
    // Only posts changed since the last write are pending: a second write refetches nothing.
    cache.storeWritten();
    await cache.pages(['/posts/a/', '/posts/b/'], server.fetchPage);
    expect(server.fetched).toHaveLength(4);
  });
});
