/**
 * Under `astro dev` a post is rendered from its file as a module, which Astro's
 * `render()` finds in a map from file to import, `astro:content-module-imports`.
 * Astro writes that map to `.astro/content-modules.mjs`, and so does
 * `astro build` in the same checkout, with its own posts: a build renders
 * while it syncs, so its map lists none of them. An author who ran
 * `npm run build` beside `npm run dev` found every post page of the dev server
 * failing until the next save. This plugin gives the dev server a map of its
 * own, held in no file: it imports whatever post it is asked for.
 */
import type { Plugin } from 'vite';

/** Astro's id for the map, and the id it asks for a deferred post by (`contentModuleToId` in astro/dist/content/utils.js). */
const MAP_ID = 'astro:content-module-imports';
const DEFERRED_MODULE = 'astro:content-layer-deferred-module';
const MODULE_FLAG = 'astroContentModuleFlag';
const RESOLVED_MAP_ID = '\0dev-post-modules';

/** The map's module: Astro only ever calls `get` with a post's path, relative to the project. */
export function postModulesCode(): string {
  return [
    'export default {',
    '  get(fileName) {',
    `    const params = new URLSearchParams({ ${JSON.stringify(DEFERRED_MODULE)}: '', fileName, ${MODULE_FLAG}: 'true' });`,
    // Prefixed as Vite writes an import it has resolved: at run time, a bare id would be looked for in node_modules.
    `    return () => import(/* @vite-ignore */ \`/@id/${DEFERRED_MODULE}?\${params}\`);`,
    '  },',
    '};',
    '',
  ].join('\n');
}

export function devPostModules(): Plugin {
  return {
    name: 'dev-post-modules',
    apply: 'serve',
    resolveId: {
      // Before Astro's own plugin, which resolves the map to the file in .astro/.
      order: 'pre',
      filter: { id: new RegExp(`^${MAP_ID}$`) },
      handler: (id) => (id === MAP_ID ? RESOLVED_MAP_ID : null),
    },
    load: {
      filter: { id: new RegExp(`^${RESOLVED_MAP_ID}$`) },
      handler: (id) => (id === RESOLVED_MAP_ID ? postModulesCode() : null),
    },
  };
}
