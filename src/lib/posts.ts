/**
 * The publishing rules, in one place: which posts a build shows and in what
 * order. Pure functions over plain objects, so they are tested without Astro;
 * src/lib/content.ts feeds them the collection.
 */
import { yearOf } from './dates';

export interface PostFields {
  title: string;
  date: Date;
  draft: boolean;
}

export interface PostLike<Data extends PostFields = PostFields> {
  id: string;
  data: Data;
}

export interface VisibilityOptions {
  /** The moment of the build (or request, in dev); later dates are scheduled. */
  now: Date;
  /** The dev server shows drafts and scheduled posts, marked; production never does. */
  includeUnpublished: boolean;
}

export type PublicationState = 'published' | 'draft' | 'scheduled';

export function publicationState(post: PostLike, now: Date): PublicationState {
  if (post.data.draft) return 'draft';
  if (post.data.date.getTime() > now.getTime()) return 'scheduled';
  return 'published';
}

/** Newest first; posts of the same moment keep a stable order by slug. */
function compareNewestFirst(a: PostLike, b: PostLike): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);
}

/** The posts a build shows, newest first. */
export function visiblePosts<P extends PostLike>(posts: readonly P[], options: VisibilityOptions): P[] {
  return posts
    .filter((post) => options.includeUnpublished || publicationState(post, options.now) === 'published')
    .sort(compareNewestFirst);
}

export interface YearGroup<P> {
  year: number;
  posts: P[];
}

/** Groups posts by the year they were published in, newest year first; order within a year is kept. */
export function groupByYear<P extends PostLike>(posts: readonly P[], timezone: string): YearGroup<P>[] {
  const byYear = new Map<number, P[]>();
  for (const post of posts) {
    const year = yearOf(post.data.date, timezone);
    const yearPosts = byYear.get(year);
    if (yearPosts) yearPosts.push(post);
    else byYear.set(year, [post]);
  }
  return [...byYear.entries()].sort(([a], [b]) => b - a).map(([year, yearPosts]) => ({ year, posts: yearPosts }));
}

export interface Neighbours<P> {
  /** The next post forward in time, if any. */
  newer: P | undefined;
  /** The previous post back in time, if any. */
  older: P | undefined;
}

/** Finds the posts either side of one, in a list sorted newest first; positions are indexed once. */
export function neighboursFinder<P extends PostLike>(posts: readonly P[]): (id: string) => Neighbours<P> {
  const indexById = new Map(posts.map((post, index) => [post.id, index]));
  return (id) => {
    const index = indexById.get(id);
    if (index === undefined) return { newer: undefined, older: undefined };
    return { newer: posts[index - 1], older: posts[index + 1] };
  };
}
