/**
 * Search under `astro dev`: an index of the current content, drafts included,
 * built from the dev server's own post pages, so that it holds what the
 * production index (src/search/build-index.ts) would. Pagefind cannot update an
 * index, and indexing every post takes seconds, so the dev server keeps two:
 *
 * - a full index of every post, built on the first search and stored in the
 *   cache folder (src/search/dev-index-store.ts), so the next `npm run dev`
 *   starts from it;
 * - an index of the posts changed since (edited, added), rebuilt after each
 *   save from those posts' pages alone.
 *
 * The browser gets src/search/dev-engine.ts as `pagefind.js`: it merges the two
 * and hides the full index's stale entries. Once many posts have changed, the
 * full index is built again in the background.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { transformSync } from 'rolldown/utils';
import type { ViteDevServer } from 'vite';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectVersion } from '../build-cache/project-version';
import { postsDirectory } from '../loaders/posts-dir';
import { failOn } from './build-index';
import type { DevIndexState } from './dev-engine';
import { changedPosts, postsInIndex, staleEntries, type IndexedPost, type IndexFile } from './dev-index-plan';
import { loadIndex, saveIndex } from './dev-index-store';
import { DevPageCache, postPathOfFile } from './dev-page-cache';
import { postKeys } from './dev-post-keys';
import { SEARCH_INDEX_OPTIONS } from './index-options';
import { postPathsIn } from './post-links';
import { errorMessage } from '../lib/error-message';

/**
 * Where `astro dev` keeps the content store its pages read from (Astro's default
 * single-file storage, under `.astro/`). Astro's own watcher follows this file,
 * so its change event says the pages now show what was saved.
 */
const CONTENT_STORE = resolve('.astro', 'data-store.json');

/** Past this many changed posts, indexing them on each save costs more than a background rebuild of the full index. */
const CHANGES_BEFORE_REBUILD = 25;

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

interface FullIndex {
  files: IndexFile[];
  posts: Map<string, IndexedPost>;
  /** The count of edits seen when this index began: posts edited after that are not trusted to it. */
  editsBefore: number;
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * Indexes the given pages; gives the index's files with paths relative to its folder. Pages are
 * indexed by their address below `base`, as the production index has them: Pagefind adds the base
 * to result addresses itself, from where its script is served.
 */
async function indexPages(pages: ReadonlyMap<string, string>, base: string): Promise<IndexFile[]> {
  const { errors, index } = await pagefind.createIndex(SEARCH_INDEX_OPTIONS);
  failOn(errors, 'starting Pagefind');
  if (!index) throw new Error('Search index: Pagefind returned no index');
  for (const [path, content] of pages) {
    const added = await index.addHTMLFile({ url: `/${path.slice(base.length)}`, content });
    failOn(added.errors, `indexing ${path}`);
  }
  const { errors: fileErrors, files } = await index.getFiles();
  failOn(fileErrors, 'collecting the index');
  await index.deleteIndex();
  return files.map((file) => ({ path: file.path.replace(/^\/+/, ''), content: file.content }));
}

/** The module the browser loads as `pagefind.js`: Pagefind's engine over the full index, with the changes merged in. */
function engineModule(state: DevIndexState): string {
  return [
    "import * as engine from './full/pagefind.js';",
    "import { devEngine } from './dev-engine.js';",
    `export const { options, init, search, filters, preload } = devEngine(engine, ${JSON.stringify(state)});`,
  ].join('\n');
}

class DevSearchIndex {
  readonly #kept = new DevPageCache();
  readonly #editedAt = new Map<string, number>();
  #edits = 0;
  /** Counts code changes: a full index begun before one is dropped. */
  #codeVersion = 0;
  #full: Promise<FullIndex> | undefined;
  /** A full index rebuilt in the background, waiting to take over. */
  #nextFull: FullIndex | undefined;
  #listed: Promise<string[]> | undefined;
  #served: Promise<Map<string, Uint8Array | string>> | undefined;
  #rebuilding = false;
  #engineScript: string | undefined;

  constructor(
    private readonly origin: () => string,
    private readonly base: string,
    private readonly root: string,
    private readonly storeDir: string,
    private readonly logger: AstroIntegrationLogger,
  ) {}

  /** The files served under `<base>pagefind/`, by path. */
  served(): Promise<Map<string, Uint8Array | string>> {
    this.#served ??= this.#serve().catch((error: unknown) => {
      this.#served = undefined;
      throw error;
    });
    return this.#served;
  }

  postChanged(path: string, event: string): void {
    this.#editedAt.set(path, ++this.#edits);
    this.#kept.forget(path);
    if (event === 'add' || event === 'unlink') this.#listed = undefined;
    // Astro waits half a second before it stores a save. The saved post's page is rendered meanwhile
    // and thrown away, so the render that indexes it once the store is written finds the post's
    // module and the Markdown pipeline ready (the first render of a session takes about a second).
    // Its errors are reported by that render.
    if (event === 'change') this.#page(path).catch(() => undefined);
  }

  /** Astro stored what was saved: the index of changes is built again now, to be ready for the next search. */
  storeWritten(): void {
    this.#kept.storeWritten();
    this.#served = undefined;
    if (this.#nextFull) this.#full = Promise.resolve(this.#nextFull);
    this.#nextFull = undefined;
    if (this.#full)
      this.served().catch((error: unknown) => {
        this.#report(error);
      });
  }

  /** Code or templates changed: every page may be indexed differently, and the stored index is of another version. */
  codeChanged(): void {
    this.#codeVersion++;
    this.#kept.clear();
    this.#full = undefined;
    this.#nextFull = undefined;
    this.#listed = undefined;
    this.#served = undefined;
    this.#engineScript = undefined;
  }

  #report(error: unknown): void {
    this.logger.error(errorMessage(error));
  }

  async #page(path: string): Promise<string> {
    const response = await fetch(new URL(path, this.origin()));
    if (!response.ok) throw new Error(`Search index: ${path} answered ${response.status}`);
    return response.text();
  }

  #posts(): Promise<string[]> {
    this.#listed ??= this.#page(`${this.base}posts/`).then(
      (html) => postPathsIn(html, this.base),
      (error: unknown) => {
        this.#listed = undefined;
        throw error;
      },
    );
    return this.#listed;
  }

  /** Each listed post's key, by page path. */
  async #current(): Promise<Map<string, string>> {
    const [listed, keys] = await Promise.all([this.#posts(), postKeys(resolve(postsDirectory()), this.base)]);
    this.#kept.keepOnly(listed);
    return new Map(listed.map((path) => [path, keys.get(path) ?? '']));
  }

  async #buildFull(version: string, editsBefore: number): Promise<FullIndex> {
    const startedAt = performance.now();
    const current = await this.#current();
    const files = await indexPages(await this.#kept.pages([...current.keys()], (path) => this.#page(path)), this.base);
    const posts = new Map<string, IndexedPost>();
    for (const [path, entry] of postsInIndex(files, this.base))
      posts.set(path, { key: current.get(path) ?? '', ...entry });
    this.logger.info(`Indexed ${posts.size} posts for search in ${seconds(startedAt)}`);
    saveIndex(this.storeDir, version, { files, posts }).catch((error: unknown) => {
      this.#report(error);
    });
    return { files, posts, editsBefore };
  }

  async #loadOrBuildFull(): Promise<FullIndex> {
    const editsBefore = this.#edits;
    const version = projectVersion(this.root);
    const stored = await loadIndex(this.storeDir, version);
    if (stored) return { ...stored, editsBefore };
    return this.#buildFull(version, editsBefore);
  }

  /**
   * Builds the full index again without holding up searches, which use the current one meanwhile.
   * It takes over at the next store write, when Astro reloads the open pages: a page still
   * searching the old index would ask for files that are gone.
   */
  #rebuildInBackground(): void {
    if (this.#rebuilding) return;
    this.#rebuilding = true;
    const codeVersion = this.#codeVersion;
    this.#buildFull(projectVersion(this.root), this.#edits)
      .then((full) => {
        if (codeVersion === this.#codeVersion) this.#nextFull = full;
      })
      .catch((error: unknown) => {
        this.#report(error);
      })
      .finally(() => {
        this.#rebuilding = false;
      });
  }

  async #serve(): Promise<Map<string, Uint8Array | string>> {
    this.#full ??= this.#loadOrBuildFull().catch((error: unknown) => {
      this.#full = undefined;
      throw error;
    });
    const full = await this.#full;
    const current = await this.#current();
    const changed = changedPosts(full.posts, current, (path) => (this.#editedAt.get(path) ?? 0) > full.editsBefore);
    let changes: IndexFile[] = [];
    if (changed.length > 0) {
      const startedAt = performance.now();
      changes = await indexPages(await this.#kept.pages(changed, (path) => this.#page(path)), this.base);
      const posts = changed.length === 1 ? 'post' : 'posts';
      this.logger.info(`Indexed ${changed.length} changed ${posts} for search in ${seconds(startedAt)}`);
    }
    if (changed.length > CHANGES_BEFORE_REBUILD) this.#rebuildInBackground();
    const idsOfChanges = new Set([...postsInIndex(changes, this.base).values()].map((post) => post.id));
    const state: DevIndexState = {
      ...staleEntries(full.posts, current, changed, idsOfChanges),
      changes: changes.length > 0 ? `${this.base}pagefind/changes/` : null,
    };
    this.#engineScript ??= transformSync(
      'dev-engine.ts',
      readFileSync(join(this.root, 'src/search/dev-engine.ts'), 'utf8'),
    ).code;
    return new Map<string, Uint8Array | string>([
      ...full.files.map((file) => [`full/${file.path}`, file.content] as const),
      ...changes.map((file) => [`changes/${file.path}`, file.content] as const),
      ['pagefind.js', engineModule(state)],
      ['dev-engine.js', this.#engineScript],
    ]);
  }
}

function serveDevIndex(
  server: ViteDevServer,
  base: string,
  root: string,
  cacheDir: string,
  logger: AstroIntegrationLogger,
): void {
  const prefix = `${base}pagefind/`;
  const origin = () => {
    const address = server.httpServer?.address();
    return typeof address === 'object' && address ? `http://localhost:${address.port}` : 'http://localhost';
  };
  const index = new DevSearchIndex(origin, base, root, join(cacheDir, 'dev-search-index'), logger);
  const postsDir = resolve(postsDirectory());
  const srcDir = resolve(root, 'src');
  // An edit to a post makes only its own entry stale, and only once Astro has stored it: the index of
  // changes is built again after that write, not twice. An edit to the code or templates makes every entry stale.
  server.watcher.on('all', (event, path) => {
    const file = resolve(path);
    const post = postPathOfFile(file, postsDir, base);
    if (post !== undefined) index.postChanged(post, event);
    else if (file === CONTENT_STORE) index.storeWritten();
    else if (file.startsWith(srcDir)) index.codeChanged();
  });

  server.middlewares.use((request, response, next) => {
    const path = request.url?.split('?')[0] ?? '';
    if (!path.startsWith(prefix)) {
      next();
      return;
    }
    index
      .served()
      .then((files) => {
        const file = files.get(path.slice(prefix.length));
        if (file === undefined) {
          response.statusCode = 404;
          response.end();
          return;
        }
        const extension = path.split('.').at(-1) ?? '';
        response.setHeader('content-type', CONTENT_TYPES[extension] ?? 'application/octet-stream');
        // The index changes with every save; a page must never search an old copy.
        response.setHeader('cache-control', 'no-store');
        response.end(file);
      })
      .catch((error: unknown) => {
        logger.error(errorMessage(error));
        response.statusCode = 500;
        response.end();
      });
  });
}

/** Serves `<base>pagefind/` from the dev server; `base` is "/" or "/blog/". */
export function devSearchIndex({ base }: { base: string }): AstroIntegration {
  let root = process.cwd();
  let cacheDir = join(root, '.cache', 'astro');
  return {
    name: 'dev-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        serveDevIndex(server, base, root, cacheDir, logger);
      },
    },
  };
}
