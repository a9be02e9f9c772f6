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

/**
 * The file in the built site that answers an alias on any static host:
 * "/a/b.html" is a/b.html, and "/a/b/" or "/a/b" is a/b/index.html.
 * Undefined for other extensions ("/x.php"): a host would not serve an HTML
 * page under that name, so only `_redirects` can keep such an address alive.
 */
export function aliasFile(path: string): string | undefined {
  const decoded = safeDecode(path).replace(/^\/+/, '');
  if (decoded.endsWith('/')) return `${decoded}index.html`;
  const last = decoded.split('/').at(-1) ?? '';
  if (!last.includes('.')) return `${decoded}/index.html`;
  return /\.html?$/i.test(last) ? decoded : undefined;
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

export interface AliasOwner {
  /** The post's source file, for messages. */
  file: string;
  aliases: readonly string[];
}

/**
 * Fails, naming both posts, when two posts claim one old address, or when an
 * alias would take the place of a page the site builds itself.
 */
export function checkAliasCollisions(owners: readonly AliasOwner[], pages: ReadonlyMap<string, string>): void {
  const claimed = new Map<string, { file: string; alias: string }>();
  const problems: string[] = [];
  for (const { file, aliases } of owners) {
    for (const alias of aliases) {
      const key = aliasFile(alias) ?? safeDecode(alias);
      const page = pages.get(key);
      if (page !== undefined) problems.push(`${file}: the alias "${alias}" is the address of ${page}`);
      const earlier = claimed.get(key);
      if (earlier && earlier.file !== file) {
        problems.push(`${earlier.file} and ${file} both claim the old address "${alias}"`);
      } else claimed.set(key, { file, alias });
    }
  }
  if (problems.length > 0) throw new Error(`Aliases collide:\n  ${problems.join('\n  ')}`);
}

/** `_redirects` for Netlify and Cloudflare Pages: one permanent redirect per alias. */
export function redirectsFile(redirects: readonly { from: string; to: string }[]): string {
  return redirects.map(({ from, to }) => `${from} ${to} 301\n`).join('');
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The page left at an old address for hosts without `_redirects` (GitHub
 * Pages): it sends readers on at once, points search engines at the post, and
 * stays out of their index.
 */
export function redirectPage({ title, to, canonical }: { title: string; to: string; canonical: string }): string {
  const href = escapeHtml(to);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} (moved)</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${escapeHtml(canonical)}">
</head>
<body>
<p>This post has moved to <a href="${href}">${escapeHtml(title)}</a>.</p>
</body>
</html>
`;
}
