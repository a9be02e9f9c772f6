/**
 * Under `astro dev` a post is rendered by the page that shows it, from the
 * post's file as a module (src/loaders/posts-loader.ts), and its front matter
 * comes from Astro's content store. A save therefore changes two things at two
 * moments: the module at once, the store about half a second later, once Astro
 * has written it. Astro reloads the open pages after each, so the author saw
 * the page twice: first with the new text under the old title, then whole, and
 * a search typed between the two was cut short. This plugin marks the module
 * stale without reloading, which leaves one reload: the store's, with
 * everything saved.
 */
import { resolve, sep } from 'node:path';
import { isRunnableDevEnvironment, type EnvironmentModuleNode, type Plugin } from 'vite';
import { POST_FILE_RE } from './post-id';

export function oneReloadPerPostSave(postsDir: string): Plugin {
  const root = `${resolve(postsDir)}${sep}`;
  return {
    name: 'one-reload-per-post-save',
    apply: 'serve',
    hotUpdate: {
      order: 'pre',
      handler({ file, modules, timestamp }) {
        const path = resolve(file);
        if (!path.startsWith(root) || !POST_FILE_RE.test(path)) return;
        const stale = new Set<EnvironmentModuleNode>();
        for (const module of modules) this.environment.moduleGraph.invalidateModule(module, stale, timestamp, true);
        // The dev server runs the pages in its own process, which keeps the modules it has run until told.
        if (isRunnableDevEnvironment(this.environment)) {
          const ran = this.environment.runner.evaluatedModules;
          for (const module of [...modules, ...stale]) {
            const evaluated = module.id ? ran.getModuleById(module.id) : undefined;
            if (evaluated) ran.invalidateModule(evaluated);
          }
        }
        return [];
      },
    },
  };
}
