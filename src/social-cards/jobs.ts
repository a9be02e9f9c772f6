/**
 * Which social cards a build draws, worked out from the posts collection: the
 * route src/pages/og/card-jobs.json.ts writes this list into the built site
 * with the pages, and the post-build pipeline draws from it and removes it.
 * The cards show the same title and date text the post pages show, from the
 * same posts, without reading anything back out of the built HTML.
 */
import type { CardContent } from './layout';

/** Where the list of cards is written in the built site; it is removed before the site is published. */
export const CARD_JOBS_FILE = 'og/card-jobs.json';

/** One card: `og/<slug>.png` in the built site, showing `content`. */
export interface CardJob {
  slug: string;
  content: CardContent;
}

/** What a card needs of a post. */
export interface CardPost {
  id: string;
  title: string;
  /** The published date as the post page shows it. */
  dateText: string;
}

/** Whether an id can name a file in og/ and nothing else. */
function isFileName(id: string): boolean {
  return id !== '' && id !== '.' && id !== '..' && !/[/\\\0]/.test(id);
}

/** One card job per post; an error naming every post whose id cannot name a card file. */
export function cardJobs(posts: readonly CardPost[], siteName: string): CardJob[] {
  const unnamable = posts.filter((post) => !isFileName(post.id)).map((post) => `"${post.id}"`);
  if (unnamable.length > 0) {
    throw new Error(`Social cards: these post ids cannot name a card file in og/: ${unnamable.join(', ')}`);
  }
  return posts.map((post) => ({
    slug: post.id,
    content: { siteName, title: post.title.replace(/[\t\n\f\r ]+/g, ' ').trim(), dateText: post.dateText },
  }));
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** The card list as the route wrote it; an error saying what is wrong with a list that is not one. */
export function parseCardJobs(text: string): CardJob[] {
  const parsed: unknown = JSON.parse(text);
  const jobs = Array.isArray(parsed) ? (parsed as unknown[]) : undefined;
  const valid = jobs?.every((job) => {
    if (typeof job !== 'object' || job === null) return false;
    const { slug, content } = job as Partial<Record<keyof CardJob, unknown>>;
    if (!isText(slug) || !isFileName(slug) || typeof content !== 'object' || content === null) return false;
    const { siteName, title, dateText } = content as Partial<Record<keyof CardContent, unknown>>;
    return isText(siteName) && isText(title) && isText(dateText);
  });
  if (!jobs || !valid) throw new Error(`Social cards: ${CARD_JOBS_FILE} is not a list of { slug, content } cards`);
  return jobs as CardJob[];
}
