/**
 * Reads the posts' front matter straight from content/posts, independently of
 * the site's own code, so browser tests can compare what a page shows with
 * what the author wrote.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';

export const POSTS_DIR = resolve(import.meta.dirname, '../../content/posts');

export interface AuthoredPost {
  slug: string;
  title: string;
  description: string;
  /** As written: YYYY-MM-DD, possibly with a time. */
  date: string;
  draft: boolean;
  tags: string[];
  series?: string;
}

function postFile(entry: string): string | undefined {
  const path = join(POSTS_DIR, entry);
  if (statSync(path).isDirectory()) {
    return ['index.md', 'index.mdx']
      .map((name) => join(path, name))
      .find((file) => {
        try {
          return statSync(file).isFile();
        } catch {
          return false;
        }
      });
  }
  return /\.mdx?$/.test(entry) ? path : undefined;
}

export function authoredPosts(): AuthoredPost[] {
  return readdirSync(POSTS_DIR).flatMap((entry) => {
    const file = postFile(entry);
    if (!file) return [];
    const block = /^---\n([\s\S]*?\n)---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    const data = yaml.load(block, { schema: yaml.CORE_SCHEMA }) as Omit<AuthoredPost, 'slug' | 'tags' | 'draft'> &
      Partial<Pick<AuthoredPost, 'tags' | 'draft'>>;
    return [{ ...data, tags: data.tags ?? [], draft: data.draft ?? false, slug: entry.replace(/\.mdx?$/, '') }];
  });
}

/** What the author wrote below the front matter of a post. */
export function postBody(slug: string): string {
  const file =
    postFile(statSync(join(POSTS_DIR, slug), { throwIfNoEntry: false }) ? slug : `${slug}.md`) ??
    postFile(`${slug}.mdx`);
  if (!file) throw new Error(`no post ${slug} in ${POSTS_DIR}`);
  return readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** Posts a production build must show (not drafts, not dated in the future). */
export function publishedPosts(): AuthoredPost[] {
  const today = new Date().toISOString().slice(0, 10);
  return authoredPosts().filter((post) => !post.draft && post.date.slice(0, 10) <= today);
}
