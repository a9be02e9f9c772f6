/**
 * The only door to the posts collection. Pages ask here; the rules themselves
 * live in posts.ts.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../site.config';
import { cacheKey } from './cache-keys';
import { groupByYear, visiblePosts } from './posts';
import { checkAliasCollisions } from './aliases';
import { collectTags, type Tag } from './tags';

export type Post = CollectionEntry<'posts'>;

/**
 * Every post this build shows, newest first: published ones, plus drafts in dev. A production
 * build works this out once; the dev server each time it is asked, because the author is editing
 * the posts meanwhile, but it hands out the same array for as long as no post has changed, so that
 * what is worked out from it below is kept too.
 */
export const getPosts: () => Promise<Post[]> = import.meta.env.SHOW_UNPUBLISHED ? postsAsTheyAre() : once(readPosts);

async function readPosts(all?: Post[]): Promise<Post[]> {
  return visiblePosts(all ?? (await getCollection('posts')), {
    now: new Date(),
    includeUnpublished: import.meta.env.SHOW_UNPUBLISHED,
  });
}

function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= compute());
}

function postsAsTheyAre(): () => Promise<Post[]> {
  let kept: { digests: string; posts: Post[] } | undefined;
  return async () => {
    const all = await getCollection('posts');
    const digests = all.map((post) => `${post.id} ${post.filePath ?? ''} ${post.digest ?? ''}`).join('\n');
    if (kept?.digests !== digests) kept = { digests, posts: await readPosts(all) };
    return kept.posts;
  };
}

/** Something worked out from the posts, once for each array getPosts hands out. */
function fromPosts<T>(compute: (posts: Post[]) => Promise<T> | T): () => Promise<T> {
  const results = new WeakMap<Post[], Promise<T>>();
  return async () => {
    const posts = await getPosts();
    let result = results.get(posts);
    if (!result) {
      result = Promise.resolve().then(() => compute(posts));
      results.set(posts, result);
    }
    return result;
  };
}

/** Every tag of the visible posts, most used first. */
export const getTags = fromPosts((posts): Tag<Post>[] => collectTags(posts));

/** The years that have posts, newest first. */
export const getYears = fromPosts((posts): number[] => groupByYear(posts, site.timezone).map((group) => group.year));

export interface AliasRedirect {
  /** The old address as written in front matter, without the base path. */
  alias: string;
  post: Post;
}

/** The files the site builds itself at the top of the output, which no alias may replace. */
const FIXED_PAGES = [
  'index.html',
  'posts/index.html',
  'tags/index.html',
  'search/index.html',
  '404.html',
  'rss.xml',
  'robots.txt',
  'opensearch.xml',
  'sitemap-index.xml',
  '_redirects',
  '_headers',
];

/**
 * Every old address of a visible post. Two posts claiming one address, or an
 * alias on the address of one of the site's own pages, fail the build.
 */
export const getAliasRedirects = fromPosts(async (posts): Promise<AliasRedirect[]> => {
  const pages = new Map<string, string>(FIXED_PAGES.map((file) => [file, `the site's page /${file}`]));
  for (const post of posts) pages.set(`posts/${post.id}/index.html`, `the post ${post.filePath ?? post.id}`);
  for (const year of await getYears()) pages.set(`posts/${year}/index.html`, `the archive of ${year}`);
  for (const tag of await getTags()) pages.set(`tags/${tag.slug}/index.html`, `the tag page of "${tag.slug}"`);
  checkAliasCollisions(
    posts.map((post) => ({ file: post.filePath ?? post.id, aliases: post.data.aliases })),
    pages,
  );
  return posts.flatMap((post) => post.data.aliases.map((alias) => ({ alias, post })));
});

/**
 * What every page shows of the collection as a whole (the header's search
 * filters: each tag with its count, each year), as part of every page's cache key.
 */
export const getSiteWideKey = fromPosts(async (): Promise<string> =>
  cacheKey(
    (await getTags()).map((tag) => [tag.slug, tag.name, tag.posts.length]),
    await getYears(),
  ),
);
