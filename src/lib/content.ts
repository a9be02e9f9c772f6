/**
 * The only door to the posts collection. Pages ask here; the rules themselves
 * live in posts.ts.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../site.config';
import { cacheKey } from './cache-keys';
import { groupByYear, visiblePosts } from './posts';
import { collectTags, type Tag } from './tags';

export type Post = CollectionEntry<'posts'>;

/**
 * A production build asks for the same posts on each of its pages, so the
 * answer is worked out once per build. The dev server works it out afresh on
 * every request, because the author is editing the posts meanwhile.
 */
function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    if (import.meta.env.SHOW_UNPUBLISHED) return compute();
    result ??= compute();
    return result;
  };
}

/** Every post this build shows, newest first: published ones, plus drafts in dev. */
export const getPosts = oncePerBuild(async (): Promise<Post[]> => {
  const all = await getCollection('posts');
  return visiblePosts(all, { now: new Date(), includeUnpublished: import.meta.env.SHOW_UNPUBLISHED });
});

/** Every tag of the visible posts, most used first. */
export const getTags = oncePerBuild(async (): Promise<Tag<Post>[]> => collectTags(await getPosts()));

/** The years that have posts, newest first. */
export const getYears = oncePerBuild(async (): Promise<number[]> =>
  groupByYear(await getPosts(), site.timezone).map((group) => group.year),
);

/**
 * What every page shows of the collection as a whole (the header's search
 * filters: each tag with its count, each year), as part of every page's cache key.
 */
export const getSiteWideKey = oncePerBuild(async (): Promise<string> =>
  cacheKey(
    (await getTags()).map((tag) => [tag.slug, tag.name, tag.posts.length]),
    await getYears(),
  ),
);
