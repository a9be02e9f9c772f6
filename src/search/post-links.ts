/**
 * The post pages a listing page links to, as paths: the dev server's search
 * index is built by reading the same pages a production build indexes.
 */
export function postPathsIn(listingHtml: string, base: string): string[] {
  const prefix = `${base}posts/`;
  const paths = new Set<string>();
  for (const match of listingHtml.matchAll(/href="([^"]+)"/g)) {
    const path = match[1] ?? '';
    const slug = path.startsWith(prefix) ? path.slice(prefix.length).replace(/\/$/, '') : '';
    // Year archives (/posts/2014/) list posts; they are not posts.
    if (slug !== '' && !slug.includes('/') && !/^\d{4}$/.test(slug)) paths.add(path);
  }
  return [...paths];
}
