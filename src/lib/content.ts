/**
 * The only door to the posts collection. Pages ask here; the rules themselves
 * live in posts.ts.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../site.config';
import { groupByYear, visiblePosts } from './posts';
import { collectTags, type Tag } from './tags';

export type Post = CollectionEntry<'posts'>;

/** Every post this build shows, newest first: published ones, plus drafts in dev. */
export async function getPosts(): Promise<Post[]> {
  const all = await getCollection('posts');
  return visiblePosts(all, { now: new Date(), includeUnpublished: import.meta.env.SHOW_UNPUBLISHED });
}

/** Every tag of the visible posts, most used first. */
export async function getTags(): Promise<Tag<Post>[]> {
  return collectTags(await getPosts());
}

/** The years that have posts, newest first. */
export async function getYears(): Promise<number[]> {
  return groupByYear(await getPosts(), site.timezone).map((group) => group.year);
}
