import type { APIRoute } from 'astro';
import { url } from '../lib/urls';

export const GET: APIRoute = ({ site: origin }) => {
  const sitemap = new URL(url('sitemap-index.xml'), origin).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
