import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { changedPosts, postsInIndex, staleEntries, type IndexedPost } from '../../../src/search/dev-index-plan';
import { SEARCH_INDEX_OPTIONS } from '../../../src/search/index-options';

const page = (title: string, tag: string) =>
  `<html lang="en"><body><h1 data-pagefind-meta="title">${title}</h1>` +
  `<a data-pagefind-filter="tag">${tag}</a><div data-pagefind-body><p>About ${title}.</p></div></body></html>`;

describe('postsInIndex', () => {
  it('reads each page’s result id and filters from an index Pagefind built', async () => {
    const { index } = await pagefind.createIndex(SEARCH_INDEX_OPTIONS);
    if (!index) throw new Error('no index');
    await index.addHTMLFile({ url: '/posts/raft/', content: page('Raft', 'go') });
    await index.addHTMLFile({ url: '/posts/paxos/', content: page('Paxos', 'rust') });
    const { files } = await index.getFiles();
    await index.deleteIndex();
    const posts = postsInIndex(
      files.map((file) => ({ path: file.path.replace(/^\/+/, ''), content: file.content })),
      '/blog/',
    );
    expect([...posts.keys()].sort()).toEqual(['/blog/posts/paxos/', '/blog/posts/raft/']);
    expect(posts.get('/blog/posts/raft/')?.filters).toEqual({ tag: ['go'] });
    // The id is the name of the fragment file the browser fetches for the result.
    const id = posts.get('/blog/posts/raft/')?.id ?? '';
    expect(files.some((file) => file.path.endsWith(`fragment/${id}.pf_fragment`))).toBe(true);
  });

  it('reads fragments grouped in one file by id', () => {
    const group = { en_a: { url: '/posts/a/', filters: { year: ['2024'] } }, en_b: { url: '/posts/b/' } };
    const content = gzipSync(`pagefind_dcd${JSON.stringify(group)}`);
    const posts = postsInIndex([{ path: 'fragment/en_group.pf_fragment', content }], '/');
    expect(posts).toEqual(
      new Map([
        ['/posts/a/', { id: 'en_a', filters: { year: ['2024'] } }],
        ['/posts/b/', { id: 'en_b', filters: {} }],
      ]),
    );
  });
});

const full = new Map<string, IndexedPost>([
  ['/posts/a/', { key: 'a1', id: 'en_a1', filters: { tag: ['go'] } }],
  ['/posts/b/', { key: 'b1', id: 'en_b1', filters: { tag: ['go', 'rust'] } }],
  ['/posts/c/', { key: 'c1', id: 'en_c1', filters: { tag: ['rust'] } }],
]);

describe('changedPosts', () => {
  it('gives the posts whose files changed, new posts, and posts edited since the full index', () => {
    const current = new Map([
      ['/posts/a/', 'a2'],
      ['/posts/b/', 'b1'],
      ['/posts/c/', 'c1'],
      ['/posts/new/', 'n1'],
    ]);
    expect(changedPosts(full, current, (path) => path === '/posts/c/')).toEqual([
      '/posts/a/',
      '/posts/c/',
      '/posts/new/',
    ]);
  });

  it('gives nothing when nothing changed', () => {
    const current = new Map([...full].map(([path, post]) => [path, post.key]));
    expect(changedPosts(full, current, () => false)).toEqual([]);
  });
});

describe('staleEntries', () => {
  it('hides the entries of changed and deleted posts, with their filter counts', () => {
    const current = new Map([
      ['/posts/a/', 'a2'],
      ['/posts/c/', 'c1'],
    ]);
    expect(staleEntries(full, current, ['/posts/a/'], new Set(['en_a2']))).toEqual({
      hidden: ['en_a1', 'en_b1'],
      hiddenFilters: { tag: { go: 2, rust: 1 } },
    });
  });

  it('keeps an entry the index of changes holds unchanged (a post saved without a change to its text)', () => {
    const current = new Map([...full].map(([path, post]) => [path, post.key]));
    expect(staleEntries(full, current, ['/posts/a/'], new Set(['en_a1']))).toEqual({ hidden: [], hiddenFilters: {} });
  });
});
