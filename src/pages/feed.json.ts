import type { APIRoute } from 'astro';
import { getPosts } from '../lib/content';
import { jsonFeedResponse } from '../lib/feed';
import { jsonFeedUrl, homeUrl } from '../lib/urls';
import { site } from '../site.config';

export const GET: APIRoute = async ({ site: origin }) => {
  if (!origin) throw new Error('feed.json needs the site origin (site.config.ts)');
  return jsonFeedResponse({
    title: site.title,
    description: site.description,
    home: new URL(homeUrl(), origin),
    self: new URL(jsonFeedUrl(), origin),
    posts: await getPosts(),
    fullContent: true,
    origin,
  });
};
