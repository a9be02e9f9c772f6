import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { rawDateFields } from './front-matter';
import { describeInvalidPosts, describeUnrenderedPosts, type InvalidPost } from './invalid-posts';
import { POST_PATTERNS, postIdFromPath, SlugRegistry } from './post-id';

/**
 * Astro's glob loader with four guarantees it lacks: a slug claimed by two
 * files fails the build naming both (Astro only warns and keeps one); dates
 * reach the schema as written, so impossible ones are refused rather than
 * rolled over; a post that fails to render fails the build (Astro logs it and
 * publishes an empty post); and every problem is reported at once.
 */
export function postsLoader(base: string, schema: z.ZodType): Loader {
  const slugs = new SlugRegistry();
  // The dev server, which passes a watcher, leaves rendering to the page that shows a post: Astro
  // rewrites its whole content store after every save, and without each post's HTML (about 60 % of
  // it) the author's open page reloads sooner. A build renders while it syncs, so that its cache
  // keeps every post's HTML from one build to the next.
  const postFiles = (watched: boolean) =>
    glob({
      pattern: POST_PATTERNS,
      base,
      deferRender: watched,
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
      // Astro keeps a stored post whose text is unchanged as it was, its file's path included. A post
      // moved since the last run (into a folder of its own, say) would then be rendered from a file
      // that is gone, so such entries are dropped and read again from where the file is now.
      for (const entry of context.store.values()) {
        if (entry.filePath && !existsSync(new URL(entry.filePath, context.config.root))) context.store.delete(entry.id);
      }
      // Both lists fill only during the full load below; a later single-file
      // reload in dev reports through Astro, which shows it in the overlay.
      let invalid: InvalidPost[] | undefined = [];
      let unrendered: string[] | undefined = [];
      // Astro's glob loader logs a post that fails to render and carries on with an
      // empty body, and the log line is the only trace it leaves of why; here that
      // failure stops the build instead. Upstream: https://github.com/withastro/astro/issues/18054
      // (once Astro throws itself, this interception only loses "every problem at once").
      const logger = Object.create(context.logger) as typeof context.logger;
      logger.error = (message: string) => {
        if (message.startsWith('Error rendering ')) unrendered?.push(message.slice('Error rendering '.length));
        context.logger.error(message);
      };
      await postFiles(context.watcher !== undefined).load({
        ...context,
        logger,
        parseData: async (props) => {
          const source = props.filePath === undefined ? '' : await readFile(props.filePath, 'utf8');
          const data = { ...props.data, ...rawDateFields(source) };
          // The schema's own issues, not Astro's message about them, name the fields for the report.
          const checked = invalid ? await schema.safeParseAsync(data) : undefined;
          if (invalid && checked && !checked.success) {
            invalid.push({ file: relative(process.cwd(), props.filePath ?? props.id), issues: checked.error.issues });
            return props.data;
          }
          return context.parseData({ ...props, data });
        },
      });
      const problems = [
        ...(invalid.length > 0 ? [describeInvalidPosts(invalid)] : []),
        ...(unrendered.length > 0 ? [describeUnrenderedPosts(unrendered)] : []),
      ];
      invalid = undefined;
      unrendered = undefined;
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },
  };
}
