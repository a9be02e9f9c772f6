import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { rawDateFields } from '../lib/front-matter';
import { describeInvalidPosts } from '../lib/invalid-posts';
import { POST_PATTERNS, postIdFromPath, SlugRegistry } from '../lib/post-id';

/**
 * Astro's glob loader with three guarantees it lacks: a slug claimed by two
 * files fails the build naming both (Astro only warns and keeps one); dates
 * reach the schema as written, so impossible ones are refused rather than
 * rolled over; and every invalid post is reported at once, not just the first.
 */
export function postsLoader(base: string): Loader {
  const slugs = new SlugRegistry();
  const files = glob({
    pattern: POST_PATTERNS,
    base,
    generateId: ({ entry, base: baseUrl }) => {
      const id = postIdFromPath(entry);
      slugs.claim(id, relative(process.cwd(), fileURLToPath(new URL(entry, baseUrl))), existsSync);
      return id;
    },
  });

  return {
    name: 'posts-loader',
    load: async (context) => {
      slugs.clear();
      // Filled only during the full load below; a later single-file reload in
      // dev lets its error through to Astro, which shows it in the overlay.
      let invalid: { file: string; error: unknown }[] | undefined = [];
      await files.load({
        ...context,
        parseData: async (props) => {
          const source = props.filePath === undefined ? '' : await readFile(props.filePath, 'utf8');
          try {
            return await context.parseData({ ...props, data: { ...props.data, ...rawDateFields(source) } });
          } catch (error) {
            if (!invalid) throw error;
            invalid.push({ file: relative(process.cwd(), props.filePath ?? props.id), error });
            return props.data;
          }
        },
      });
      const found = invalid;
      invalid = undefined;
      if (found.length > 0) throw new Error(describeInvalidPosts(found));
    },
  };
}
