import type { APIRoute } from 'astro';
import { getPosts } from '../lib/content';
import { rssFeed } from '../lib/feed';
import { feedUrl, homeUrl } from '../lib/urls';
import { site } from '../site.config';

export const GET: APIRoute = async ({ site: origin }) => {
  if (!origin) throw new Error('rss.xml needs the site origin (site.config.ts)');
  return rssFeed({
    title: site.title,
    description: site.description,
    home: new URL(homeUrl(), origin),
    self: new URL(feedUrl(), origin),
    posts: await getPosts(),
    fullContent: true,
    origin,
  });
};
