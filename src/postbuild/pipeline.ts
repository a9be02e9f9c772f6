/**
 * Everything that runs on the built site, in one place and in this order:
 *
 * 1. the link check: a post that links to nothing fails the build before any
 *    further work;
 * 2. the search index and the social cards, side by side (Pagefind works in its
 *    own process, the cards on worker threads);
 * 3. `_headers`, last, because it lists the files the search index wrote.
 *
 * Between 1 and 2, each page's policy drops the hashes of scripts and styles it does not carry.
 *
 * The site's base path and origin come in once, from astro.config.mjs; the
 * steps share nothing else.
 *
 * `npm run build` runs these steps in a process of its own once Astro's has
 * ended (src/cli/build.ts); `astro build` alone runs them in Astro's process.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { buildSearchIndex } from '../search/build-index';
import type { CardJob } from '../social-cards/jobs';
import { renderCards, takeCardJobs } from '../social-cards/render-cards';
import { recordPhase } from './build-timings';
import { pruneUnusedHashesIn } from './csp-files';
import type { BuiltSite } from './built-pages';
import { handoffText, POST_BUILD_HANDOFF } from './handoff';
import { writeHeadersFile } from './headers-file';
import { checkPostLinks } from './link-check';

export interface PostBuildOptions {
  /** The path the site is served under: "/" or "/blog/". */
  base: string;
  /** The origin the site is deployed to; links to it count as links within the site. */
  origin: string;
  /** Astro's cache folder, where steps keep what outlives a build. */
  cacheDir: URL;
}

/** Where the steps report: Astro's logger, or src/cli/build.ts's when they run after Astro. */
export type PostBuildLogger = Pick<AstroIntegrationLogger, 'info'>;

async function socialCardsStep(
  dir: string,
  jobs: readonly CardJob[],
  cacheDir: string,
  logger: PostBuildLogger,
): Promise<void> {
  const startedAt = performance.now();
  const { rendered, cached } = await renderCards({ dir, jobs, cacheDir: join(cacheDir, 'social-cards') });
  const seconds = (performance.now() - startedAt) / 1000;
  logger.info(`Social cards: ${rendered} rendered, ${cached} from cache in ${seconds.toFixed(2)} s`);
}

/** Runs every step over the site built in `dir`; the first failing step's error fails the build. */
export async function runPostBuild(
  dir: string,
  { base, origin, cacheDir }: PostBuildOptions,
  logger: PostBuildLogger,
): Promise<void> {
  const built: BuiltSite = { dir, base };
  // The card list the build wrote for this step leaves the site before anything else reads it.
  const cardJobs = takeCardJobs(built.dir);
  const checkedAt = performance.now();
  checkPostLinks(built, origin);
  logger.info(`Links checked in ${recordPhase('link-check', checkedAt).toFixed(2)} s`);
  const prunedAt = performance.now();
  pruneUnusedHashesIn(built.dir);
  logger.info(`Unused hashes pruned in ${recordPhase('csp-prune', prunedAt).toFixed(2)} s`);

  let indexedAt = performance.now();
  const searchIndex = buildSearchIndex(built.dir, logger).then(() => {
    indexedAt = performance.now();
  });
  const cards = socialCardsStep(built.dir, cardJobs, fileURLToPath(cacheDir), logger);
  // Both run to the end before either failure is reported, so no step writes into a site being torn down.
  const results = await Promise.allSettled([searchIndex, cards]);
  // For the benchmark: the time the cards kept the build waiting once the index was done.
  recordPhase('social-images', indexedAt);
  for (const result of results) if (result.status === 'rejected') throw result.reason;

  writeHeadersFile(built, logger);
}

/** The post-build pipeline as an Astro integration: it runs once `astro build` has written the site. */
export function postBuild(options: PostBuildOptions): AstroIntegration {
  return {
    name: 'post-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        const handoff = process.env[POST_BUILD_HANDOFF];
        if (!handoff) return runPostBuild(site, options, logger);
        const { base, origin, cacheDir } = options;
        writeFileSync(handoff, handoffText({ dir: site, base, origin, cacheDir: cacheDir.href }));
        logger.info('The post-build steps run once this process has ended');
      },
    },
  };
}
