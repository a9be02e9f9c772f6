/**
 * A post whose whole body is a `<meta http-equiv="refresh">` only sends its
 * readers elsewhere: a blog that moved often leaves its old posts this way.
 * Imported, it would be an empty post, since the site does not keep the tag;
 * the importer skips it and says where it pointed.
 */

const META_TAG_RE = /<meta\b[^>]*>/gi;
const REFRESH_RE = /\bhttp-equiv\s*=\s*["']?refresh\b/i;
const TARGET_RE = /\burl\s*=\s*['"]?([^'"\s>;]+)/i;

/** Where the body redirects to, when a meta refresh is all it holds; undefined otherwise. */
export function redirectOnlyTarget(body: string): string | undefined {
  const withoutComments = body.replace(/<!--[\s\S]*?-->/g, '');
  if (withoutComments.replace(/<[^>]*>/g, '').trim() !== '') return undefined;
  const refresh = withoutComments.match(META_TAG_RE)?.find((tag) => REFRESH_RE.test(tag));
  if (refresh === undefined) return undefined;
  return TARGET_RE.exec(refresh)?.[1] ?? '';
}
