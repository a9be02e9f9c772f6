import type { APIRoute } from 'astro';
import { getPosts } from '../lib/content';
import { atomResponse } from '../lib/feed';
import { atomFeedUrl, homeUrl } from '../lib/urls';
import { site } from '../site.config';

export const GET: APIRoute = async ({ site: origin }) => {
  if (!origin) throw new Error('atom.xml needs the site origin (site.config.ts)');
  return atomResponse({
    title: site.title,
    description: site.description,
    home: new URL(homeUrl(), origin),
    self: new URL(atomFeedUrl(), origin),
    posts: await getPosts(),
    fullContent: true,
    origin,
  });
};
