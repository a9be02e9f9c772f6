/**
 * Old addresses of a post (`aliases` in front matter), written as site paths:
 * "/2019/09/30/some-post.html" or "/blog/some-post/" — a leading slash, relative
 * to the site root and without the deploy's base path, which the build adds.
 */

export const ALIAS_HINT = 'a site path starting with "/", such as /2019/09/30/some-post.html';

/** Why a string cannot be an alias, or undefined when it can. */
export function aliasProblem(path: string): string | undefined {
  if (!path.startsWith('/') || path.startsWith('//')) return 'does not start with a single "/"';
  if (/[\s\\?#]/.test(path)) return 'contains a space, a backslash, "?" or "#"';
  if (path.split('/').some((segment) => segment === '.' || segment === '..')) return 'contains "." or ".." segments';
  if (path === '/') return 'is the home page';
  return undefined;
}
