/**
 * `virtual:lazy-url/<path>` exports the URL of <path> built as its own chunk, so
 * a page can import() it by URL. A plain dynamic import would do the same, but
 * Vite then wraps every such import in its preload helper — about 1 KB of the
 * 3 KB a page may spend on JavaScript before interaction, even when there is
 * nothing to preload (https://github.com/vitejs/vite/issues/13952).
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:lazy-url/';
const RESOLVED = `\0${PREFIX}`;

export function lazyModuleUrl(root: URL): Plugin {
  let serving = false;
  return {
    name: 'lazy-module-url',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `${RESOLVED}${id.slice(PREFIX.length)}` : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const path = id.slice(RESOLVED.length);
      // The dev server serves source modules itself, under the base path.
      if (serving) return `export default import.meta.env.BASE_URL + ${JSON.stringify(path)};`;
      const reference = this.emitFile({ type: 'chunk', id: fileURLToPath(new URL(path, root)) });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
