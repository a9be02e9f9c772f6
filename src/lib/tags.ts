/**
 * Tags: each tag has one URL-safe slug, however authors spell it ("Go", "go"),
 * and keeps a display name. Symbols that carry meaning in a tag become words
 * ("C#" → "c-sharp"), so different tags never collapse into one slug.
 */
import type { PostLike } from './posts';

const SYMBOL_WORDS: [RegExp, string][] = [
  [/#/g, ' sharp '],
  [/\+/g, ' plus '],
  [/&/g, ' and '],
  [/^\./, 'dot '],
];

/** The slug of a tag: lower-case letters and digits of any script, joined by hyphens; '' if it has none. */
export function tagSlug(tag: string): string {
  let words = tag.normalize('NFKC').toLowerCase();
  for (const [symbol, word] of SYMBOL_WORDS) words = words.replace(symbol, word);
  return words.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

export interface TagFields {
  tags: readonly string[];
}

export interface Tag<P> {
  slug: string;
  /** The spelling most posts use (alphabetical on a tie). */
  name: string;
  /** Posts carrying the tag, in the order given. */
  posts: P[];
}

/** Every tag of the given posts with its posts, most used first, then by name. */
export function collectTags<P extends PostLike<PostLike['data'] & TagFields>>(posts: readonly P[]): Tag<P>[] {
  const bySlug = new Map<string, { spellings: Map<string, number>; posts: P[] }>();
  for (const post of posts) {
    const seen = new Set<string>();
    for (const tag of post.data.tags) {
      const slug = tagSlug(tag);
      if (seen.has(slug)) continue;
      seen.add(slug);
      const entry = bySlug.get(slug) ?? { spellings: new Map<string, number>(), posts: [] };
      entry.spellings.set(tag, (entry.spellings.get(tag) ?? 0) + 1);
      entry.posts.push(post);
      bySlug.set(slug, entry);
    }
  }
  return [...bySlug.entries()]
    .map(([slug, { spellings, posts: tagged }]) => ({ slug, name: preferredSpelling(spellings), posts: tagged }))
    .sort((a, b) => b.posts.length - a.posts.length || a.name.localeCompare(b.name));
}

function preferredSpelling(spellings: Map<string, number>): string {
  const [best] = [...spellings.entries()].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
  return best?.[0] ?? '';
}

const slugsByPost = new WeakMap<object, Set<string>>();

/** The distinct tag slugs of one post (remembered: related posts ask for every post's, on every page). */
export function tagSlugsOf(post: PostLike<PostLike['data'] & TagFields>): Set<string> {
  let slugs = slugsByPost.get(post);
  if (!slugs) {
    slugs = new Set(post.data.tags.map(tagSlug));
    slugsByPost.set(post, slugs);
  }
  return slugs;
}

export interface TagName {
  slug: string;
  name: string;
}

/** Gives a post's tags under their site-wide display names, so every page spells a tag the same way. */
export function tagNamer(catalogue: readonly TagName[]): (post: PostLike<PostLike['data'] & TagFields>) => TagName[] {
  const names = new Map(catalogue.map((tag) => [tag.slug, tag.name]));
  return (post) => [...tagSlugsOf(post)].map((slug) => ({ slug, name: names.get(slug) ?? slug }));
}
