/**
 * Everything a post page shows besides the post's own body, worked out in one
 * place: the route builds it, PostLayout only renders it.
 */
import type { MarkdownHeading } from 'astro';
import { site } from '../site.config';
import type { Post } from './content';
import { yearOf } from './dates';
import { cacheKey, postSummary } from './cache-keys';
import { neighboursFinder } from './posts';
import { readingMinutes } from './reading-time';
import { relatedPostsFinder } from './related';
import { seriesFinder, type Series } from './series';
import { blogPosting } from './structured-data';
import { tagNamer, type TagName } from './tags';
import { tocSections } from './toc';
import { defaultSocialCardUrl, homeUrl, postUrl, socialCardUrl } from './urls';

/**
 * What a post page shows of the other posts: worked out once per build, for every post.
 */
// A type, not an interface: Astro's page props must be assignable to a string-keyed record, which only types are.
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions
export type PostRelations = {
  post: Post;
  newer: Post | undefined;
  older: Post | undefined;
  related: Post[];
  series: Series<Post> | undefined;
  /** The post's tags under their site-wide names. */
  tags: TagName[];
  /** When git history says the post's file last changed, if the build runs in a full checkout. */
  lastChanged?: Date | undefined;
};

export interface PostPage extends PostRelations {
  /** The h2 and h3 sections the table of contents lists; empty when the post has none. */
  sections: MarkdownHeading[];
  readingMinutes: number;
  /** The year the post is filed under in search. */
  year: number;
  /** The absolute URL of the post's social card. */
  image: string;
  /** The BlogPosting JSON-LD object. */
  structuredData: object;
}

/**
 * The relations of each post among every post the build shows (newest first) and the site's tags.
 * Each finder indexes the posts once, so a page's relations cost the same at 10 or 10,000 posts.
 */
export function postRelationsFinder(
  posts: readonly Post[],
  catalogue: readonly TagName[],
  lastChangeOf: (file: string) => Date | undefined = () => undefined,
): (post: Post) => PostRelations {
  const neighbours = neighboursFinder(posts);
  const relatedPosts = relatedPostsFinder(posts);
  const seriesOf = seriesFinder(posts);
  const displayTags = tagNamer(catalogue);
  return (post) => ({
    post,
    ...neighbours(post.id),
    related: relatedPosts(post),
    series: seriesOf(post),
    tags: displayTags(post),
    lastChanged: post.filePath === undefined ? undefined : lastChangeOf(post.filePath),
  });
}

/** The incremental-build key of a post page: the site-wide key plus everything the page shows. */
export function postPageCacheKey(siteWide: string, relations: PostRelations): string {
  const { post, newer, older, related, series, tags, lastChanged } = relations;
  // lastChanged reaches the page through JSON-LD's dateModified.
  return cacheKey(siteWide, post.digest ?? post.body ?? '', postSummary(post), tags, lastChanged, {
    newer: newer && postSummary(newer),
    older: older && postSummary(older),
    related: related.map(postSummary),
    series: series && { name: series.name, parts: series.parts.map(postSummary) },
  });
}

/** The page model of a post, from its relations and the headings its rendering found. */
export function postPage(relations: PostRelations, headings: readonly MarkdownHeading[], siteUrl: URL): PostPage {
  const { post, tags, lastChanged } = relations;
  const { title, description, date, updated } = post.data;
  const card = site.socialCards === 'per-post' ? socialCardUrl(post) : defaultSocialCardUrl();
  const image = new URL(card, siteUrl).href;
  return {
    ...relations,
    sections: tocSections(headings),
    readingMinutes: readingMinutes(post.body ?? ''),
    year: yearOf(date, site.timezone),
    image,
    structuredData: blogPosting({
      title,
      description,
      url: new URL(postUrl(post), siteUrl).href,
      image,
      published: date,
      // What the author wrote wins; history only stands in for a missing `updated`.
      updated: updated ?? lastChanged,
      tags: tags.map((tag) => tag.name),
      author: site.author,
      siteName: site.title,
      siteUrl: new URL(homeUrl(), siteUrl).href,
    }),
  };
}
