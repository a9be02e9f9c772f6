import type { PostLike } from './posts';
import { tagSlugsOf, type TagFields } from './tags';

type TaggedPost = PostLike<PostLike['data'] & TagFields>;

/**
 * Posts worth reading next: those sharing the most tags with this one, then
 * the nearest in date. A post sharing no tag is not related.
 */
export function relatedPosts<P extends TaggedPost>(posts: readonly P[], current: P, limit = 3): P[] {
  const ownTags = tagSlugsOf(current);
  const time = current.data.date.getTime();
  return posts
    .filter((post) => post.id !== current.id)
    .map((post) => ({
      post,
      shared: [...tagSlugsOf(post)].filter((slug) => ownTags.has(slug)).length,
      distance: Math.abs(post.data.date.getTime() - time),
    }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.post.id.localeCompare(b.post.id))
    .slice(0, limit)
    .map(({ post }) => post);
}
