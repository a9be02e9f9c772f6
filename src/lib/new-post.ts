import { slug } from 'github-slugger';
import { isoDate } from './dates.ts';

export interface NewPost {
  slug: string;
  /** The file to write, relative to the posts folder. */
  fileName: string;
  source: string;
}

/**
 * A new post with valid front matter, ready to write: a draft, dated today in
 * the site's timezone, its slug taken from the title. YAML double-quoted
 * strings read JSON escapes, so any title survives the round trip.
 */
export function newPost(title: string, now: Date, timezone: string): NewPost {
  const trimmed = title.trim();
  // Punctuation between words leaves runs of hyphens; one reads better in a URL.
  const id = slug(trimmed).replace(/-{2,}/g, '-');
  if (id === '')
    throw new Error('A post needs a title with at least one letter or digit, e.g. npm run new -- "Raft in practice"');
  const source = [
    '---',
    `title: ${JSON.stringify(trimmed)}`,
    'description: "One sentence on what the reader will get from this post."',
    `date: ${isoDate(now, timezone)}`,
    'tags: []',
    'draft: true',
    '---',
    '',
    'Open with a paragraph that says what this post is about, then use ## sections.',
    '',
    'The post stays a draft — visible in `npm run dev`, absent from the built site — until you remove `draft: true`.',
    '',
  ].join('\n');
  return { slug: id, fileName: `${id}.md`, source };
}

/** The files that would already hold a post with this slug. */
export function existingPostFiles(id: string): string[] {
  return [`${id}.md`, `${id}.mdx`, `${id}/index.md`, `${id}/index.mdx`];
}
