import { slug } from 'github-slugger';

/** Where posts may live, relative to content/posts/: a file, or a folder with its images. */
export const POST_PATTERNS = ['*.{md,mdx}', '*/index.{md,mdx}'];

/** A post's text file, by its extension. */
export const POST_FILE_RE = /\.mdx?$/;

const YEAR_RE = /^\d{4}$/;

/**
 * The slug of a post, from its path relative to content/posts/:
 * `my-post.md` and `my-post/index.mdx` both become `my-post`.
 */
export function postIdFromPath(entry: string): string {
  const withoutExtension = entry.replace(POST_FILE_RE, '');
  const name = withoutExtension.replace(/\/index$/, '');
  const id = slug(name);
  if (id === '') throw new Error(`content/posts/${entry}: the file name gives an empty slug; name it after the post`);
  // /posts/<year>/ is the year archive, so a post may not take a bare year as its slug.
  if (YEAR_RE.test(id)) {
    throw new Error(
      `content/posts/${entry}: a post slug cannot be a bare year ("${id}"); /posts/${id}/ is the year archive`,
    );
  }
  return id;
}

/**
 * Remembers which file claimed which slug, so that a second file with the same
 * slug fails the build instead of silently replacing the first.
 */
export class SlugRegistry {
  readonly #owners = new Map<string, string>();

  claim(id: string, file: string, stillExists: (file: string) => boolean = () => true): void {
    const owner = this.#owners.get(id);
    if (owner !== undefined && owner !== file && stillExists(owner)) {
      throw new Error(
        `Two posts have the slug "${id}": ${owner} and ${file}. Each would be /posts/${id}/; rename one of them.`,
      );
    }
    this.#owners.set(id, file);
  }

  clear(): void {
    this.#owners.clear();
  }
}
