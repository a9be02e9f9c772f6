import type { APIRoute, GetStaticPaths } from 'astro';
import { redirectsFile } from '../lib/aliases';
import { getAliasRedirects } from '../lib/content';
import { postUrl, url } from '../lib/urls';

// Astro routes no file whose name starts with "_", so the name comes in as a parameter.
export const getStaticPaths = (() => [{ params: { redirects: '_redirects' } }]) satisfies GetStaticPaths;

/** Permanent redirects from every old address of a post, for Netlify and Cloudflare Pages. */
export const GET: APIRoute = async () => {
  const redirects = await getAliasRedirects();
  return new Response(redirectsFile(redirects.map(({ alias, post }) => ({ from: url(alias), to: postUrl(post) }))));
};
