/**
 * Everything a post page shows besides the post's own body, worked out in one
 * place: the route builds it, PostLayout only renders it.
 */
import type { MarkdownHeading } from 'astro';
import { site } from '../site.config';
import type { Post } from './content';
import { yearOf } from './dates';
import { neighbours } from './posts';
import { readingMinutes } from './reading-time';
import { relatedPosts } from './related';
import { seriesOf, type Series } from './series';
import { blogPosting } from './structured-data';
import { displayTags, type TagName } from './tags';
import { tocSections } from './toc';
import { homeUrl, postUrl, socialCardUrl } from './urls';

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

/** The relations of `post` among every post the build shows (newest first) and the site's tags. */
export function postRelations(posts: readonly Post[], post: Post, catalogue: readonly TagName[]): PostRelations {
  return {
    post,
    ...neighbours(posts, post.id),
    related: relatedPosts(posts, post),
    series: seriesOf(posts, post),
    tags: displayTags(post, catalogue),
  };
}

/** The page model of a post, from its relations and the headings its rendering found. */
export function postPage(relations: PostRelations, headings: readonly MarkdownHeading[], siteUrl: URL): PostPage {
  const { post, tags } = relations;
  const { title, description, date, updated } = post.data;
  const image = new URL(socialCardUrl(post), siteUrl).href;
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
      updated,
      tags: tags.map((tag) => tag.name),
      author: site.author,
      siteName: site.title,
      siteUrl: new URL(homeUrl(), siteUrl).href,
    }),
  };
}
