/**
 * Search under `astro dev`: an index of the current content, drafts included,
 * built in memory on first use from the dev server's own post pages and built
 * again after any edit. The production index is src/search/build-index.ts.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { ViteDevServer } from 'vite';
import { resolve } from 'node:path';
import { postsDirectory } from '../loaders/posts-dir';
import { failOn } from './build-index';
import { DevPageCache, postPathOfFile } from './dev-page-cache';
import { SEARCH_INDEX_OPTIONS } from './index-options';
import { postPathsIn } from './post-links';

/**
 * Where `astro dev` keeps the content store its pages read from (Astro's default
 * single-file storage, under `.astro/`). Astro's own watcher follows this file,
 * so its change event says the pages now show what was saved.
 */
const CONTENT_STORE = resolve('.astro', 'data-store.json');

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** Builds an in-memory index from the dev server's post pages, fetching only those not kept. */
async function indexDevSite(origin: string, base: string, kept: DevPageCache): Promise<Map<string, Uint8Array>> {
  const page = async (path: string) => {
    const response = await fetch(new URL(path, origin));
    if (!response.ok) throw new Error(`Search index: ${path} answered ${response.status}`);
    return response.text();
  };
  const pages = await kept.pages(postPathsIn(await page(`${base}posts/`), base), page);
  const { errors, index } = await pagefind.createIndex(SEARCH_INDEX_OPTIONS);
  failOn(errors, 'starting Pagefind');
  if (!index) throw new Error('Search index: Pagefind returned no index');
  for (const [path, content] of pages) {
    const added = await index.addHTMLFile({ url: path, content });
    failOn(added.errors, `indexing ${path}`);
  }
  const { errors: fileErrors, files } = await index.getFiles();
  failOn(fileErrors, 'collecting the index');
  await index.deleteIndex();
  return new Map(files.map((file) => [file.path.replace(/^\/+/, ''), file.content]));
}

function serveDevIndex(server: ViteDevServer, base: string, logger: AstroIntegrationLogger): void {
  const prefix = `${base}pagefind/`;
  let files: Promise<Map<string, Uint8Array>> | undefined;
  const kept = new DevPageCache();
  const postsDir = resolve(postsDirectory());
  const srcDir = resolve('src');
  // An edit to a post makes only its own page stale, and only once Astro has stored it: the index is
  // built again after that write, not twice. An edit to the code or templates makes every page stale.
  server.watcher.on('all', (_event, path) => {
    const file = resolve(path);
    const post = postPathOfFile(file, postsDir, base);
    if (post !== undefined) {
      kept.forget(post);
      return;
    }
    if (file === CONTENT_STORE) kept.storeWritten();
    else if (file.startsWith(srcDir)) kept.clear();
    else return;
    files = undefined;
  });

  server.middlewares.use((request, response, next) => {
    const path = request.url?.split('?')[0] ?? '';
    if (!path.startsWith(prefix)) {
      next();
      return;
    }
    const address = server.httpServer?.address();
    const origin = typeof address === 'object' && address ? `http://localhost:${address.port}` : 'http://localhost';
    files ??= indexDevSite(origin, base, kept).catch((error: unknown) => {
      files = undefined;
      throw error;
    });
    files
      .then((index) => {
        const file = index.get(path.slice(prefix.length));
        if (!file) {
          response.statusCode = 404;
          response.end();
          return;
        }
        const extension = path.split('.').at(-1) ?? '';
        response.setHeader('content-type', CONTENT_TYPES[extension] ?? 'application/octet-stream');
        response.end(file);
      })
      .catch((error: unknown) => {
        logger.error(error instanceof Error ? error.message : String(error));
        response.statusCode = 500;
        response.end();
      });
  });
}

/** Serves `<base>pagefind/` from the dev server; `base` is "/" or "/blog/". */
export function devSearchIndex({ base }: { base: string }): AstroIntegration {
  return {
    name: 'dev-search-index',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        serveDevIndex(server, base, logger);
      },
    },
  };
}
