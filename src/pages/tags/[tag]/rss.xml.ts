import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey, postSummary } from '../../../lib/cache-keys';
import { getSiteWideKey, getTags, type Post } from '../../../lib/content';
import { rssFeed } from '../../../lib/feed';
import type { Tag } from '../../../lib/tags';
import { tagFeedUrl, tagUrl } from '../../../lib/urls';
import { site } from '../../../site.config';

export const getStaticPaths = (async () => {
  const tags = await getTags();
  const siteWide = await getSiteWideKey();
  return tags.map((tag) => ({
    params: { tag: tag.slug },
    props: { tag },
    cacheKey: cacheKey(siteWide, tag.name, tag.posts.map(postSummary)),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ tag: Tag<Post> }> = async ({ props: { tag }, site: origin }) => {
  if (!origin) throw new Error('tag feeds need the site origin (site.config.ts)');
  return rssFeed({
    title: `${site.title}: ${tag.name}`,
    description: `Posts tagged ${tag.name} on ${site.title}.`,
    home: new URL(tagUrl(tag), origin),
    self: new URL(tagFeedUrl(tag), origin),
    posts: tag.posts,
    fullContent: false,
    origin,
  });
};
