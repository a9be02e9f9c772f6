/**
 * An MDX post can import components. A post brought over from another Astro
 * site often still imports that site's components (AstroPaper's
 * `@/components/GistEmbed.astro`, say), which this project does not have; the
 * importer lists them, and without this plugin the build stops with the
 * bundler's advice for library code ("add it to build.rolldownOptions.external").
 * This plugin fails instead naming the post, the import and what to do.
 */
import { relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/** The message for a post whose import resolves to nothing. */
export function missingImportMessage(post: string, source: string): string {
  return (
    `${post} imports "${source}", which is not in this project (a component of the site the post came from?). ` +
    'Add the component to src/components/ and import it from there, or write that part of the post in Markdown.'
  );
}

export function postImportsResolved(postsDir: string): Plugin {
  const root = `${resolve(postsDir)}${sep}`;
  return {
    name: 'post-imports-resolved',
    async resolveId(source, importer, options) {
      const post = importer?.split('?')[0];
      if (post === undefined || !post.startsWith(root) || !post.endsWith('.mdx')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved) return resolved;
      this.error(missingImportMessage(relative(process.cwd(), post), source));
    },
  };
}
