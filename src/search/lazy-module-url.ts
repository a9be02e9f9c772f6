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
// The module's code names its chunk by a placeholder, filled in once chunks have names. Rollup's own
// `import.meta.ROLLUP_FILE_URL_<id>` would put the emitted file's id in the code, and ids follow the
// order files are emitted in, which varies from build to build; Astro's incremental build hashes the
// code of every module a page uses, so a varying id made it render every page again.
const PLACEHOLDER = /__lazy_url_([\w./-]+?)__/g;

export function lazyModuleUrl(root: URL): Plugin {
  let serving = false;
  let base = '/';
  const references = new Map<string, string>();
  return {
    name: 'lazy-module-url',
    configResolved(config) {
      serving = config.command === 'serve';
      base = config.base;
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `${RESOLVED}${id.slice(PREFIX.length)}` : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const path = id.slice(RESOLVED.length);
      // The dev server serves source modules itself, under the base path.
      if (serving) return `export default import.meta.env.BASE_URL + ${JSON.stringify(path)};`;
      references.set(path, this.emitFile({ type: 'chunk', id: fileURLToPath(new URL(path, root)) }));
      return `export default ${JSON.stringify(`__lazy_url_${path}__`)};`;
    },
    renderChunk(code) {
      if (!code.includes('__lazy_url_')) return null;
      return code.replace(PLACEHOLDER, (placeholder, path: string) => {
        const reference = references.get(path);
        return reference === undefined ? placeholder : `${base}${this.getFileName(reference)}`;
      });
    },
  };
}
