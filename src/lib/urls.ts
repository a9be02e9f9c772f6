/**
 * Every internal URL is built here, so that a deploy under a sub-path (/blog/)
 * changes one setting and no page. Paths are given without a leading slash.
 */

/** Joins the site's base path ("/" or "/blog/") and a path inside the site. */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** The scheme an address starts with (`https`, `mailto`, `javascript`…), lower-cased; undefined for a path. */
export function urlScheme(address: string): string | undefined {
  return /^([a-z][a-z\d+.-]*):/i.exec(address)?.[1]?.toLowerCase();
}

/** The origin of an http(s) address (`https://go.dev`); undefined for any other, or a malformed one. */
export function webOrigin(address: string): string | undefined {
  if (!/^https?:\/\//i.test(address)) return undefined;
  try {
    return new URL(address).origin;
  } catch {
    return undefined;
  }
}

/** A path inside this site, with the configured base in front. */
export function url(path = ''): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

export const homeUrl = (): string => url();
export const postsUrl = (): string => url('posts/');
export const postUrl = (post: { id: string }): string => url(`posts/${encodeURIComponent(post.id)}/`);
export const yearUrl = (year: number): string => url(`posts/${year}/`);
export const tagsUrl = (): string => url('tags/');
export const tagUrl = (tag: { slug: string }): string => url(`tags/${encodeURIComponent(tag.slug)}/`);
export const searchUrl = (): string => url('search/');
export const pagefindUrl = (): string => url('pagefind/pagefind.js');
export const feedUrl = (): string => url('rss.xml');
export const atomFeedUrl = (): string => url('atom.xml');
export const jsonFeedUrl = (): string => url('feed.json');
export const tagFeedUrl = (tag: { slug: string }): string => url(`tags/${encodeURIComponent(tag.slug)}/rss.xml`);
export const socialCardUrl = (post: { id: string }): string => url(`og/${encodeURIComponent(post.id)}.png`);
export const defaultSocialCardUrl = (): string => url('og-default.png');
