/**
 * The site's feeds: RSS, Atom and JSON Feed carry the newest posts in full; a
 * tag's RSS feed carries its newest posts as summaries, which keeps a large
 * site's build from rendering every post once per tag. Every body goes
 * through the feed sanitizer (feed-html.ts).
 */
import rss from '@astrojs/rss';
import { site } from '../site.config';
import type { Post } from './content';
import { atomFeed, jsonFeed, type FeedEntry, type FeedMeta } from './feed-formats';
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
  /** The feed's own address, absolute. */
  self: URL;
  posts: Post[];
  fullContent: boolean;
  origin: URL;
}

/** The three site feeds carry the same bodies: each post is rendered and sanitized once per build. */
const bodies = new Map<string, Promise<string>>();

function feedBody(post: Post, url: string): Promise<string> {
  const key = `${post.id}\u0000${post.digest ?? ''}\u0000${url}`;
  let body = bodies.get(key);
  if (!body) {
    body = renderPostHtml(post).then((html) => feedHtml(html, url));
    bodies.set(key, body);
  }
  return body;
}

async function feedEntries({ posts, fullContent, origin }: FeedOptions): Promise<FeedEntry[]> {
  return Promise.all(
    posts.slice(0, FEED_SIZE).map(async (post) => {
      const url = new URL(postUrl(post), origin).href;
      return {
        url,
        title: post.data.title,
        summary: post.data.description,
        published: post.data.date,
        updated: post.data.updated,
        tags: post.data.tags,
        html: fullContent ? await feedBody(post, url) : undefined,
      };
    }),
  );
}

function feedMeta(options: FeedOptions): FeedMeta {
  return {
    title: options.title,
    description: options.description,
    home: options.home.href,
    self: options.self.href,
    language: site.lang,
    author: site.author,
  };
}

export async function rssFeed(options: FeedOptions): Promise<Response> {
  const entries = await feedEntries(options);
  return rss({
    title: options.title,
    description: options.description,
    site: options.home,
    items: entries.map((entry) => ({
      title: entry.title,
      link: entry.url,
      pubDate: entry.published,
      description: entry.summary,
      categories: entry.tags,
      ...(entry.html === undefined ? {} : { content: entry.html }),
    })),
    trailingSlash: true,
    customData: `<language>${site.lang}</language>`,
  });
}

export async function atomResponse(options: FeedOptions): Promise<Response> {
  const body = atomFeed(feedMeta(options), await feedEntries(options));
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

export async function jsonFeedResponse(options: FeedOptions): Promise<Response> {
  const body = jsonFeed(feedMeta(options), await feedEntries(options));
  return new Response(body, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
