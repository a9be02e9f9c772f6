/**
 * Astro rewrites `.astro/content-assets.mjs`, its map of the images posts
 * import, on every sync: at each start of the dev server and after each save,
 * even when the map is the same (under the dev server it is empty, as posts
 * render in their pages). The file is a module of the pages, so Vite reloaded
 * every open page for it: a page opened just after `npm run dev` reloaded
 * under the author, and a search typed into it was lost. This plugin lets such
 * a rewrite reload the pages only when it changes what the module was built from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export function noReloadForUnchangedRewrites(files: readonly string[]): Plugin {
  const watched = new Set(files.map((file) => resolve(file)));
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  // What each environment's module of a file was built from: Vite asks each of them (client,
  // server, Astro's own) about the same change.
  const built = new Map<string, string | undefined>();
  return {
    name: 'no-reload-for-unchanged-rewrites',
    apply: 'serve',
    load: {
      order: 'pre',
      handler(id) {
        const path = resolve(id.split('?')[0] ?? id);
        if (watched.has(path)) built.set(`${this.environment.name} ${path}`, read(path));
        // Vite goes on to load the file itself.
        return null;
      },
    },
    hotUpdate: {
      // Before Astro's and Vite's own handling, which would reload the pages.
      order: 'pre',
      handler({ file }) {
        const path = resolve(file);
        if (!watched.has(path)) return undefined;
        // A module not built yet, or built from the same bytes, has nothing to bring to the pages.
        const key = `${this.environment.name} ${path}`;
        return built.has(key) && built.get(key) !== read(path) ? undefined : [];
      },
    },
  };
}
