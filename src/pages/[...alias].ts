import type { APIRoute, GetStaticPaths } from 'astro';
import { aliasFile, redirectPage } from '../lib/aliases';
import { getAliasRedirects, type Post } from '../lib/content';
import { postUrl } from '../lib/urls';

/**
 * A small page at each old address of a post (front matter `aliases`), for
 * hosts that read no `_redirects` file, such as GitHub Pages.
 */
export const getStaticPaths = (async () => {
  const redirects = await getAliasRedirects();
  return redirects.flatMap(({ alias, post }) => {
    const file = aliasFile(alias);
    return file === undefined ? [] : [{ params: { alias: file }, props: { post } }];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ post: Post }> = ({ props, site }) => {
  const to = postUrl(props.post);
  const page = redirectPage({ title: props.post.data.title, to, canonical: new URL(to, site).href });
  return new Response(page, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
