import type { APIRoute } from 'astro';
import { openSearchDescription } from '../search/opensearch';
import { searchUrl, url } from '../lib/urls';
import { site } from '../site.config';

export const GET: APIRoute = ({ site: origin }) => {
  const absolute = (path: string) => new URL(path, origin).href;
  const body = openSearchDescription({
    title: site.title,
    description: site.description,
    searchPage: absolute(searchUrl()),
    icon: absolute(url('favicon.svg')),
  });
  return new Response(body, { headers: { 'content-type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
