import type { PostLike } from './posts';

export interface SeriesFields {
  series?: string | undefined;
}

export interface Series<P> {
  name: string;
  /** Parts in reading order: oldest first. */
  parts: P[];
}

/** The series a post belongs to, with all its parts in order; undefined for a standalone post. */
export function seriesOf<P extends PostLike<PostLike['data'] & SeriesFields>>(
  posts: readonly P[],
  current: P,
): Series<P> | undefined {
  const name = current.data.series;
  if (name === undefined) return undefined;
  const parts = posts
    .filter((post) => post.data.series === name)
    .sort((a, b) => a.data.date.getTime() - b.data.date.getTime() || a.id.localeCompare(b.id));
  return { name, parts };
}
