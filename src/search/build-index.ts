/**
 * The production search index: Pagefind indexes the built site into
 * dist/pagefind/, and the build fails with the cause if it cannot. A step of
 * the post-build pipeline (src/postbuild/pipeline.ts).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { minify } from 'rolldown/utils';
import { recordPhase } from '../postbuild/build-timings';
import { filesUnder } from '../postbuild/built-pages';
import type { PostBuildLogger } from '../postbuild/pipeline';
import { SEARCH_BODY_ATTRIBUTE, SEARCH_INDEX_OPTIONS } from './index-options';

// Pagefind also writes its ready-made UIs and the worker script it searches in by default; the site
// has its own UI and searches on the page's thread (src/search/pagefind.ts), so they would only be dead weight.
const UNUSED_BUNDLE_FILES = [
  'pagefind-worker.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export function failOn(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * Pagefind writes its engine script only lightly minified (47 KB, 13.4 KB gzip
 * in Pagefind 1.6). Every first search fetches it, so it goes through the
 * minifier that builds the site's own scripts, which takes about 2.3 KB gzip off.
 */
async function minifyEngineScript(bundle: string): Promise<void> {
  const file = join(bundle, 'pagefind.js');
  const { code, errors } = await minify(file, await readFile(file, 'utf8'), { module: true });
  failOn(
    errors.map((error) => error.message),
    `minifying ${file}`,
  );
  await writeFile(file, code);
}

/** How many pages the written index holds, across its languages. */
async function indexedPageCount(bundle: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
}

/** The pages of the site built in `dir` that mark text for search, as paths within it. */
async function pagesMarkedForSearch(dir: string): Promise<string[]> {
  const pages = filesUnder(dir).filter((file) => file.endsWith('.html'));
  const marked = await Promise.all(
    pages.map(async (file) => (await readFile(file, 'utf8')).includes(SEARCH_BODY_ATTRIBUTE)),
  );
  return pages
    .filter((_file, index) => marked[index])
    .map((file) => relative(dir, file))
    .sort();
}

/**
 * Pagefind indexes nothing both when no page marks its text and when every
 * marked text is empty (posts imported from a site that kept only redirects
 * in them, say); the author needs to know which.
 */
async function whyNothingIndexed(dir: string): Promise<string> {
  const marked = await pagesMarkedForSearch(dir);
  if (marked.length === 0) return `post pages must mark their text with ${SEARCH_BODY_ATTRIBUTE}`;
  const examples = marked.slice(0, 3).join(', ');
  return `the ${marked.length} pages that mark text for search have none (${examples}${marked.length > 3 ? ', …' : ''}): are the posts empty?`;
}

/** Indexes the site built in `dir` into `dir`/pagefind/. */
export async function buildSearchIndex(dir: string, logger: PostBuildLogger): Promise<void> {
  const startedAt = performance.now();
  const { errors, index } = await pagefind.createIndex(SEARCH_INDEX_OPTIONS);
  failOn(errors, 'starting Pagefind');
  if (!index) throw new Error('Search index: Pagefind returned no index');
  const added = await index.addDirectory({ path: dir });
  failOn(added.errors, `indexing ${dir}`);
  const bundle = join(dir, 'pagefind');
  // Pagefind 1.6's writeFiles never settles when it cannot create its folder (a file in the way, say),
  // which would hang the build; creating the folder first fails with the path instead.
  await mkdir(bundle, { recursive: true }).catch((error: unknown) => {
    throw new Error(`Search index: cannot create ${bundle}`, { cause: error });
  });
  const written = await index.writeFiles({ outputPath: bundle });
  failOn(written.errors, `writing ${bundle}`);
  await pagefind.close();
  await Promise.all([
    ...UNUSED_BUNDLE_FILES.map((file) => rm(join(bundle, file), { force: true })),
    minifyEngineScript(bundle),
  ]);
  const posts = await indexedPageCount(bundle);
  if (posts === 0) throw new Error(`Search index: no page was indexed; ${await whyNothingIndexed(dir)}`);
  const seconds = recordPhase('search-index', startedAt);
  logger.info(`Indexed ${posts} posts for search in ${seconds.toFixed(2)} s`);
}
