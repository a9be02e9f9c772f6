/**
 * Astro hands the content store to the pages as a module whose source is the
 * whole store, every post's rendered HTML included, as one string literal:
 * about 400 MB at 10,000 posts, 37 MB at 1000. In a build, the bundler then
 * parses, transforms and writes that module, and Node keeps its source for as
 * long as the build runs; at 10,000 posts this was most of the build's 6 GB
 * peak. The dev server builds that module again after every save, escaping the
 * store into a literal and passing it through Vite's transforms before the
 * author's page can reload. This plugin gives the pages a small module instead
 * that reads the file Astro would have inlined, data-store.json, when it runs:
 * the pages get the same parsed JSON. Astro writes the file before the module
 * is first loaded, and in dev invalidates the module whenever it writes it again.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Astro's id for the store's module (`astro:data-layer-content`, resolved), as a hook filter. */
const DATA_STORE_MODULE = /^\0astro:data-layer-content$/;

/** A module whose default export is the parsed JSON in `file`, read when the module runs. */
export function dataStoreModuleCode(file: string): string {
  return [
    "import { readFileSync } from 'node:fs';",
    `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
    '',
  ].join('\n');
}

export interface DataStoreFiles {
  /** Where Astro writes the store in a build when its collectionStorage is the default, one file: the cache folder. */
  build: URL;
  /** Where the dev server writes it: the project's .astro/ folder. */
  dev: URL;
}

export function dataStoreReadAtRuntime(files: DataStoreFiles): Plugin {
  let file = fileURLToPath(files.build);
  return {
    name: 'data-store-read-at-runtime',
    configResolved(config) {
      file = fileURLToPath(config.command === 'build' ? files.build : files.dev);
    },
    load: {
      // Before Astro's own plugin, which would otherwise answer first.
      order: 'pre',
      filter: { id: DATA_STORE_MODULE },
      handler(id) {
        // The filter spares the hook every other module; the test keeps it right where filters are not applied.
        if (!DATA_STORE_MODULE.test(id) || !existsSync(file)) return null;
        // Astro leaves this module out of the code its incremental build hashes; so does this.
        return { code: dataStoreModuleCode(file), meta: { astroIncremental: { kind: 'content-data' } } };
      },
    },
  };
}
