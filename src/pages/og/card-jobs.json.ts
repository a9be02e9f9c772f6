import type { APIRoute } from 'astro';
import { getPosts } from '../../lib/content';
import { formatDate } from '../../lib/dates';
import { cardJobs } from '../../social-cards/jobs';
import { site } from '../../site.config';

// The social cards to draw, for the post-build pipeline, which removes this file from the site.
export const GET: APIRoute = async () => {
  // With one card for the whole site, no post gets its own.
  const posts = site.socialCards === 'per-post' ? await getPosts() : [];
  const jobs = cardJobs(
    posts.map((post) => ({
      id: post.id,
      title: post.data.title,
      dateText: formatDate(post.data.date, site.timezone, site.lang),
    })),
    site.title,
  );
  return new Response(JSON.stringify(jobs), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
