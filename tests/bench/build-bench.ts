/**
 * Times real `astro build` runs over a synthetic corpus and measures what they produce.
 * Every run starts from nothing (fresh output and cache folders), because that is what
 * CI does on a clean machine.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSite } from '../support/astro-build.ts';
import { filesUnder } from '../support/built-site.ts';
import { pageWeight } from '../support/page-weight.ts';
import { generateCorpus, writeCorpus } from './corpus.ts';
import { benchSearch, type SearchFigures } from './search-bench.ts';
import { median } from './median.ts';

export interface Samples {
  median: number;
  samples: number[];
}

export interface BuildFigures {
  posts: number;
  runs: number;
  totalSeconds: Samples;
  /** Median seconds per phase; null for a phase the build did not report. */
  phases: { astroPages: number; searchIndex: number | null; socialImages: number | null };
  /** Median build time scaled to 1000 built HTML pages, for comparing corpus sizes. */
  secondsPer1000Pages: number;
  distBytes: number;
  /** Size of dist/pagefind/, or null when the build wrote no search index. */
  searchIndexBytes: number | null;
  /** What a first visit to one post page loads before interaction, gzipped (level 9), images left out. */
  postPageGzipBytes: { html: number; css: number; js: number; total: number };
  /** HTML files in the output. */
  pages: number;
  /** Search in Chromium over the last build, when asked for. */
  search: SearchFigures | null;
}

/** Phases that build integrations time themselves and append to BUILD_TIMINGS_FILE. */
const TIMED_PHASES = { searchIndex: 'search-index', socialImages: 'social-images' } as const;
type TimedPhase = keyof typeof TIMED_PHASES;

interface RunSample {
  seconds: number;
  phases: Record<TimedPhase, number | null>;
}

const roundSeconds = (seconds: number) => Math.round(seconds * 1000) / 1000;

/** Sums the seconds each phase reported; a phase may report more than once. */
function readPhases(timingsFile: string): Record<TimedPhase, number | null> {
  const totals = new Map<string, number>();
  if (existsSync(timingsFile)) {
    for (const line of readFileSync(timingsFile, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const { phase, seconds } = JSON.parse(line) as { phase: string; seconds: number };
      totals.set(phase, (totals.get(phase) ?? 0) + seconds);
    }
  }
  return {
    searchIndex: totals.get(TIMED_PHASES.searchIndex) ?? null,
    socialImages: totals.get(TIMED_PHASES.socialImages) ?? null,
  };
}

function phaseMedian(runs: readonly RunSample[], phase: TimedPhase): number | null {
  const reported = runs.flatMap((run) => run.phases[phase] ?? []);
  return reported.length === 0 ? null : roundSeconds(median(reported));
}

function bytesUnder(dir: string): number {
  return filesUnder(dir).reduce((sum, file) => sum + statSync(file).size, 0);
}

function postPageWeight(outDir: string, slug: string): BuildFigures['postPageGzipBytes'] {
  const { html, css, js, total } = pageWeight(join(outDir, 'posts', slug, 'index.html'), outDir);
  return { html, css, js, total };
}

/** One build from a clean state; returns its timings and where it wrote the site. */
async function timedBuild(postsDir: string, scratch: string, run: number): Promise<RunSample & { outDir: string }> {
  const timingsFile = join(scratch, `timings-${run}.jsonl`);
  const started = performance.now();
  const { code, output, outDir } = await buildSite(postsDir, { BUILD_TIMINGS_FILE: timingsFile });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    rmSync(dirname(outDir), { recursive: true, force: true });
    throw new Error(`astro build (run ${run}) exited with code ${code}:\n${output}`);
  }
  return { seconds, phases: readPhases(timingsFile), outDir };
}

async function figures(
  count: number,
  samples: readonly RunSample[],
  outDir: string,
  withSearch: boolean,
): Promise<BuildFigures> {
  const totals = samples.map((sample) => sample.seconds);
  // A run's page-building time is what is left once the phases it reported are taken out.
  const astroPages = samples.map(
    ({ seconds, phases }) => seconds - (phases.searchIndex ?? 0) - (phases.socialImages ?? 0),
  );
  const pages = filesUnder(outDir).filter((file) => file.endsWith('.html')).length;
  const pagefindDir = join(outDir, 'pagefind');
  const [firstPost] = generateCorpus(1);
  if (!firstPost) throw new Error('the corpus generator returned no posts');
  return {
    posts: count,
    runs: samples.length,
    totalSeconds: { median: roundSeconds(median(totals)), samples: totals.map(roundSeconds) },
    phases: {
      astroPages: roundSeconds(median(astroPages)),
      searchIndex: phaseMedian(samples, 'searchIndex'),
      socialImages: phaseMedian(samples, 'socialImages'),
    },
    secondsPer1000Pages: roundSeconds((median(totals) / pages) * 1000),
    distBytes: bytesUnder(outDir),
    searchIndexBytes: existsSync(pagefindDir) ? bytesUnder(pagefindDir) : null,
    postPageGzipBytes: postPageWeight(outDir, firstPost.slug),
    pages,
    search: withSearch ? await benchSearch(outDir, firstPost.slug) : null,
  };
}

export async function benchBuild(count: number, runs: number, withSearch = false): Promise<BuildFigures> {
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`a benchmark needs at least one run, not ${runs}`);
  const scratch = mkdtempSync(join(tmpdir(), 'blog-bench-'));
  const postsDir = join(scratch, 'posts');
  // Only the last run's output is measured; earlier ones are removed as soon as they are timed.
  let outDir: string | undefined;
  try {
    writeCorpus(postsDir, count);
    const samples: RunSample[] = [];
    for (let run = 1; run <= runs; run++) {
      if (outDir) rmSync(dirname(outDir), { recursive: true, force: true });
      const { outDir: runOutDir, ...sample } = await timedBuild(postsDir, scratch, run);
      outDir = runOutDir;
      samples.push(sample);
    }
    if (!outDir) throw new Error('no build ran');
    return await figures(count, samples, outDir, withSearch);
  } finally {
    if (outDir) rmSync(dirname(outDir), { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}
