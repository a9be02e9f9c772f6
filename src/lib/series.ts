import type { PostLike } from './posts';

export interface SeriesFields {
  series?: string | undefined;
}

export interface Series<P> {
  name: string;
  /** Parts in reading order: oldest first. */
  parts: P[];
}

/**
 * Finds the series a post belongs to, with all its parts in order; undefined for
 * a standalone post. Every series is gathered once, in one pass over the posts.
 */
export function seriesFinder<P extends PostLike<PostLike['data'] & SeriesFields>>(
  posts: readonly P[],
): (current: P) => Series<P> | undefined {
  const byName = new Map<string, Series<P>>();
  for (const post of posts) {
    const name = post.data.series;
    if (name === undefined) continue;
    const series = byName.get(name) ?? { name, parts: [] };
    series.parts.push(post);
    byName.set(name, series);
  }
  for (const { parts } of byName.values()) {
    parts.sort((a, b) => a.data.date.getTime() - b.data.date.getTime() || a.id.localeCompare(b.id));
  }
  return (current) => (current.data.series === undefined ? undefined : byName.get(current.data.series));
}
