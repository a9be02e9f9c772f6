/**
 * Search, built by Astro itself: `astro build` writes the Pagefind index into
 * dist/pagefind/ (failing the build with the cause if indexing fails), and
 * `astro dev` serves an index of the current content, drafts included, built
 * on first use from the dev server's own post pages and rebuilt after edits.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basePath } from '../postbuild/base-path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { ViteDevServer } from 'vite';
import { postPathsIn } from './post-links';
import { recordPhase } from '../postbuild/build-timings';
import { lazyModuleUrl } from './lazy-module-url';

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

// Pagefind also writes its ready-made UIs; the site has its own, so they would only be dead weight.
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

function failOn(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n  ${errors.join('\n  ')}`);
}

async function indexBuiltSite(dir: string, logger: AstroIntegrationLogger): Promise<void> {
  const startedAt = performance.now();
  const { errors, index } = await pagefind.createIndex();
  failOn(errors, 'starting Pagefind');
  if (!index) throw new Error('Search index: Pagefind returned no index');
  const added = await index.addDirectory({ path: dir });
  failOn(added.errors, `indexing ${dir}`);
  const bundle = join(dir, 'pagefind');
  const written = await index.writeFiles({ outputPath: bundle });
  failOn(written.errors, `writing ${bundle}`);
  await pagefind.close();
  await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(bundle, file), { force: true })));
  const posts = await indexedPageCount(bundle);
  if (posts === 0) {
    throw new Error('Search index: no page was indexed; post pages must mark their text with data-pagefind-body');
  }
  const seconds = recordPhase('search-index', startedAt);
  logger.info(`Indexed ${posts} posts for search in ${seconds.toFixed(2)} s`);
}

/** How many pages the written index holds, across its languages. */
async function indexedPageCount(bundle: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
}

/** Builds an in-memory index from the dev server's post pages. */
async function indexDevSite(origin: string, base: string): Promise<Map<string, Uint8Array>> {
  const page = async (path: string) => {
    const response = await fetch(new URL(path, origin));
    if (!response.ok) throw new Error(`Search index: ${path} answered ${response.status}`);
    return response.text();
  };
  const { errors, index } = await pagefind.createIndex();
  failOn(errors, 'starting Pagefind');
  if (!index) throw new Error('Search index: Pagefind returned no index');
  for (const path of postPathsIn(await page(`${base}posts/`), base)) {
    const added = await index.addHTMLFile({ url: path, content: await page(path) });
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
  // Any edit to posts or templates may change what the index should hold.
  server.watcher.on('all', (_event, path) => {
    if (/[/\\](content|src)[/\\]/.test(path)) files = undefined;
  });

  server.middlewares.use((request, response, next) => {
    const path = request.url?.split('?')[0] ?? '';
    if (!path.startsWith(prefix)) {
      next();
      return;
    }
    const address = server.httpServer?.address();
    const origin = typeof address === 'object' && address ? `http://localhost:${address.port}` : 'http://localhost';
    files ??= indexDevSite(origin, base).catch((error: unknown) => {
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

export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [lazyModuleUrl(config.root)] } });
      },
      'astro:config:done': ({ config }) => {
        base = basePath(config);
      },
      'astro:server:setup': ({ server, logger }) => {
        serveDevIndex(server, base, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await indexBuiltSite(fileURLToPath(dir).replace(/\/$/, ''), logger);
      },
    },
  };
}
