import type { PostLike } from './posts';
import { tagSlugsOf, type TagFields } from './tags';

type TaggedPost = PostLike<PostLike['data'] & TagFields>;

interface Candidate {
  index: number;
  shared: number;
  distance: number;
}

/**
 * Finds the posts worth reading next: those sharing the most tags with a post,
 * then the nearest in date. A post sharing no tag is not related.
 *
 * The posts of each tag are indexed once, so asking for one post's related
 * posts looks only at posts that share a tag with it, never at the whole site.
 */
export function relatedPostsFinder<P extends TaggedPost>(posts: readonly P[]): (current: P, limit?: number) => P[] {
  const postsByTag = new Map<string, number[]>();
  const indexById = new Map<string, number>();
  posts.forEach((post, index) => {
    indexById.set(post.id, index);
    for (const slug of tagSlugsOf(post)) {
      let tagged = postsByTag.get(slug);
      if (!tagged) postsByTag.set(slug, (tagged = []));
      tagged.push(index);
    }
  });
  const times = posts.map((post) => post.data.date.getTime());
  // Shared-tag counts per post, reused between calls and reset after each.
  const sharedCounts = new Uint16Array(posts.length);

  return (current, limit = 3) => {
    const ownIndex = indexById.get(current.id);
    const touched: number[] = [];
    for (const slug of tagSlugsOf(current)) {
      for (const index of postsByTag.get(slug) ?? []) {
        if (index === ownIndex) continue;
        if (sharedCounts[index] === 0) touched.push(index);
        sharedCounts[index] = (sharedCounts[index] ?? 0) + 1;
      }
    }
    const time = current.data.date.getTime();
    const best: Candidate[] = [];
    for (const index of touched) {
      const candidate = { index, shared: sharedCounts[index] ?? 0, distance: Math.abs((times[index] ?? 0) - time) };
      sharedCounts[index] = 0;
      keepBest(best, candidate, limit, (a, b) => rank(posts, a, b));
    }
    return best.flatMap(({ index }) => posts[index] ?? []);
  };
}

/** Most shared tags first, then nearest in date, then by id so the order never depends on input order. */
function rank(posts: readonly PostLike[], a: Candidate, b: Candidate): number {
  return (
    b.shared - a.shared || a.distance - b.distance || (posts[a.index]?.id ?? '').localeCompare(posts[b.index]?.id ?? '')
  );
}

/** Inserts a candidate into a sorted list of at most `limit` best ones. */
function keepBest<T>(best: T[], candidate: T, limit: number, compare: (a: T, b: T) => number): void {
  if (limit <= 0) return;
  const last = best[best.length - 1];
  if (best.length === limit && last !== undefined && compare(candidate, last) >= 0) return;
  let at = best.length;
  while (at > 0 && compare(candidate, best[at - 1] as T) < 0) at--;
  best.splice(at, 0, candidate);
  if (best.length > limit) best.pop();
}
