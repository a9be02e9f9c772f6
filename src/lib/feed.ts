/**
 * RSS feeds: the site feed carries the newest posts in full; a tag's feed
 * carries its newest posts as summaries, which keeps a large site's build from
 * rendering every post once per tag.
 */
import rss from '@astrojs/rss';
import { site } from '../site.config';
import type { Post } from './content';
import { feedHtml } from './feed-html';
import { renderPostHtml } from './post-html';
import { postUrl } from './urls';

/** Feed readers poll for what is new; twenty posts is months of this blog. */
const FEED_SIZE = 20;

export interface FeedOptions {
  title: string;
  description: string;
  /** The page the feed belongs to, absolute. */
  home: URL;
  posts: Post[];
  fullContent: boolean;
  origin: URL;
}

export async function postsFeed({
  title,
  description,
  home,
  posts,
  fullContent,
  origin,
}: FeedOptions): Promise<Response> {
  const items = await Promise.all(
    posts.slice(0, FEED_SIZE).map(async (post) => {
      const link = new URL(postUrl(post), origin).href;
      return {
        title: post.data.title,
        link,
        pubDate: post.data.date,
        description: post.data.description,
        categories: post.data.tags,
        ...(fullContent ? { content: feedHtml(await renderPostHtml(post), link) } : {}),
      };
    }),
  );
  return rss({
    title,
    description,
    site: home,
    items,
    trailingSlash: true,
    customData: `<language>${site.lang}</language>`,
  });
}
