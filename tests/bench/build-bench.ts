/**
 * Times real `astro build` runs over a synthetic corpus and measures what they produce.
 * Every run starts from nothing (fresh output and cache folders), because that is what
 * CI does on a clean machine.
 */
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSite } from '../support/astro-build.ts';
import { filesUnder } from '../support/built-site.ts';
import { pageWeight } from '../support/page-weight.ts';
import { buildSteps, STEP_NAMES, stepSpans, type StepName, type StepSeconds, type TimedLine } from './build-steps.ts';
import { generateCorpus, writeCorpus } from './corpus.ts';
import { peakBetween, watchMemory, type MemorySample } from './process-memory.ts';
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
  phases: {
    astroPages: number;
    searchIndex: number | null;
    socialImages: number | null;
    linkCheck: number | null;
    cspPrune: number | null;
  };
  /** Median seconds of each step, from the build's log. */
  steps: Record<keyof StepSeconds, number | null>;
  /** Median over runs of the peak memory: all the build's processes together, and the largest one. */
  peakMemoryBytes: { total: number; largestProcess: number };
  /** Peak memory of all processes within each step (median over runs), and what each kind of process held then. */
  stepPeakMemory: StepPeaks;
  /** Rebuilds with the build cache kept, each after one post's body was edited. */
  rebuild: {
    totalSeconds: Samples;
    steps: Record<keyof StepSeconds, number | null>;
    /** Median seconds of the post-build phases the rebuild still runs over every page. */
    phases: Record<TimedPhase, number | null>;
    ofCleanBuild: number;
  };
  /** Median build time scaled to 1000 built HTML pages, for comparing corpus sizes. */
  secondsPer1000Pages: number;
  distBytes: number;
  /** Size of dist/pagefind/, or null when the build wrote no search index. */
  searchIndexBytes: number | null;
  /** What a first visit to one post page loads before interaction, gzipped (level 9), images left out. */
  postPageGzipBytes: { html: number; css: number; js: number; total: number };
  /** HTML files in the output. */
  pages: number;
  /** Every file in the output, and per post. */
  files: number;
  filesPerPost: number;
  /** Search in Chromium over the last build, when asked for. */
  search: SearchFigures | null;
}

/** Phases that build integrations time themselves and append to BUILD_TIMINGS_FILE. */
const TIMED_PHASES = {
  searchIndex: 'search-index',
  socialImages: 'social-images',
  linkCheck: 'link-check',
  cspPrune: 'csp-prune',
} as const;
type TimedPhase = keyof typeof TIMED_PHASES;

export type StepPeaks = Record<StepName, { totalBytes: number; byName: Record<string, number> } | null>;

interface RunSample {
  seconds: number;
  phases: Record<TimedPhase, number | null>;
  steps: StepSeconds;
  stepPeaks: StepPeaks;
  peakTotalBytes: number;
  peakLargestBytes: number;
}

function peaksPerStep(lines: readonly TimedLine[], endedAt: number, timeline: readonly MemorySample[]): StepPeaks {
  const spans = stepSpans(lines, endedAt);
  return Object.fromEntries(
    STEP_NAMES.map((step) => {
      const span = spans[step];
      const peak = span ? peakBetween(timeline, span.from, span.to) : undefined;
      return [step, peak ? { totalBytes: peak.totalBytes, byName: peak.byName } : null];
    }),
  ) as StepPeaks;
}

/** Per step, the run whose peak is the median one. */
function stepPeakMedians(samples: readonly RunSample[]): StepPeaks {
  return Object.fromEntries(
    STEP_NAMES.map((step) => {
      const peaks = samples
        .flatMap((sample) => sample.stepPeaks[step] ?? [])
        .sort((a, b) => a.totalBytes - b.totalBytes);
      return [step, peaks[Math.floor((peaks.length - 1) / 2)] ?? null];
    }),
  ) as StepPeaks;
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
    linkCheck: totals.get(TIMED_PHASES.linkCheck) ?? null,
    cspPrune: totals.get(TIMED_PHASES.cspPrune) ?? null,
  };
}

function phaseMedians(runs: readonly RunSample[]): Record<TimedPhase, number | null> {
  return Object.fromEntries(
    (Object.keys(TIMED_PHASES) as TimedPhase[]).map((phase) => [phase, phaseMedian(runs, phase)]),
  ) as Record<TimedPhase, number | null>;
}

function phaseMedian(runs: readonly RunSample[], phase: TimedPhase): number | null {
  const reported = runs.flatMap((run) => run.phases[phase] ?? []);
  return reported.length === 0 ? null : roundSeconds(median(reported));
}

function firstPostSlug(): string {
  const [firstPost] = generateCorpus(1);
  if (!firstPost) throw new Error('the corpus generator returned no posts');
  return firstPost.slug;
}

function bytesUnder(dir: string): number {
  return filesUnder(dir).reduce((sum, file) => sum + statSync(file).size, 0);
}

function postPageWeight(outDir: string, slug: string): BuildFigures['postPageGzipBytes'] {
  const { html, css, js, total } = pageWeight(join(outDir, 'posts', slug, 'index.html'), outDir);
  return { html, css, js, total };
}

function stepMedians(samples: readonly StepSeconds[]): Record<keyof StepSeconds, number | null> {
  return Object.fromEntries(
    STEP_NAMES.map((key) => {
      const values = samples.flatMap((sample) => sample[key] ?? []);
      return [key, values.length === 0 ? null : roundSeconds(median(values))];
    }),
  ) as Record<keyof StepSeconds, number | null>;
}

/**
 * One build, from a clean state unless `reuse` names the output and cache folders
 * of an earlier one; returns its timings, memory and where it wrote the site.
 */
async function timedBuild(
  postsDir: string,
  scratch: string,
  run: string,
  reuse: Record<string, string> = {},
): Promise<RunSample & { outDir: string }> {
  const timingsFile = join(scratch, `timings-${run}.jsonl`);
  const lines: TimedLine[] = [];
  let memory: ReturnType<typeof watchMemory> | undefined;
  const started = performance.now();
  const { code, output, outDir } = await buildSite(
    postsDir,
    { BUILD_TIMINGS_FILE: timingsFile, ...reuse },
    {
      onStart: (pid) => (memory = watchMemory(pid, 250, started)),
      onLine: (line) => lines.push({ at: performance.now() - started, line }),
    },
  );
  const endedAt = performance.now() - started;
  const { peakTotalBytes, peakLargestBytes, timeline } = memory?.stop() ?? {
    peakTotalBytes: 0,
    peakLargestBytes: 0,
    timeline: [],
  };
  if (code !== 0) {
    rmSync(dirname(outDir), { recursive: true, force: true });
    throw new Error(`astro build (${run}) exited with code ${code}:\n${output}`);
  }
  return {
    seconds: endedAt / 1000,
    phases: readPhases(timingsFile),
    steps: buildSteps(lines, endedAt),
    stepPeaks: peaksPerStep(lines, endedAt, timeline),
    peakTotalBytes,
    peakLargestBytes,
    outDir,
  };
}

/** Adds a sentence to the body of the `nth` post (by file name), as an author saving an edit would. */
function editOnePost(postsDir: string, nth: number): void {
  const files = readdirSync(postsDir).sort();
  const file = files[nth % files.length];
  if (!file) throw new Error(`no posts in ${postsDir}`);
  appendFileSync(join(postsDir, file), `\nAn edit saved for rebuild ${nth}: the benchmark adds this sentence.\n`);
}

/**
 * Rebuilds the site `runs` times with its output and cache folders kept, each time
 * after one post's body was edited, as a deploy of one changed post does.
 */
async function timedRebuilds(postsDir: string, scratch: string, outDir: string, runs: number): Promise<RunSample[]> {
  const reuse = { OUT_DIR: outDir, ASTRO_CACHE_DIR: join(dirname(outDir), 'cache') };
  const samples: RunSample[] = [];
  for (let run = 1; run <= runs; run++) {
    editOnePost(postsDir, run);
    samples.push(await timedBuild(postsDir, scratch, `rebuild-${run}`, reuse));
  }
  return samples;
}

function figures(
  count: number,
  samples: readonly RunSample[],
  outDir: string,
): Omit<BuildFigures, 'search' | 'rebuild'> {
  const totals = samples.map((sample) => sample.seconds);
  // A run's page-building time is what is left once the phases it reported are taken out.
  const astroPages = samples.map(
    ({ seconds, phases }) =>
      seconds -
      (phases.searchIndex ?? 0) -
      (phases.socialImages ?? 0) -
      (phases.linkCheck ?? 0) -
      (phases.cspPrune ?? 0),
  );
  const files = filesUnder(outDir);
  const pages = files.filter((file) => file.endsWith('.html')).length;
  const pagefindDir = join(outDir, 'pagefind');
  return {
    posts: count,
    runs: samples.length,
    totalSeconds: { median: roundSeconds(median(totals)), samples: totals.map(roundSeconds) },
    phases: { astroPages: roundSeconds(median(astroPages)), ...phaseMedians(samples) },
    steps: stepMedians(samples.map((sample) => sample.steps)),
    peakMemoryBytes: {
      total: median(samples.map((sample) => sample.peakTotalBytes)),
      largestProcess: median(samples.map((sample) => sample.peakLargestBytes)),
    },
    stepPeakMemory: stepPeakMedians(samples),
    secondsPer1000Pages: roundSeconds((median(totals) / pages) * 1000),
    distBytes: bytesUnder(outDir),
    searchIndexBytes: existsSync(pagefindDir) ? bytesUnder(pagefindDir) : null,
    postPageGzipBytes: postPageWeight(outDir, firstPostSlug()),
    pages,
    files: files.length,
    filesPerPost: Math.round((files.length / count) * 100) / 100,
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
      const { outDir: runOutDir, ...sample } = await timedBuild(postsDir, scratch, `run-${run}`);
      outDir = runOutDir;
      samples.push(sample);
    }
    if (!outDir) throw new Error('no build ran');
    // Search is measured on the clean build's output, before the rebuilds edit the corpus.
    const clean = figures(count, samples, outDir);
    const search = withSearch ? await benchSearch(outDir, firstPostSlug()) : null;
    const rebuilds = await timedRebuilds(postsDir, scratch, outDir, runs);
    const rebuildTotals = rebuilds.map((sample) => sample.seconds);
    const rebuild = {
      totalSeconds: { median: roundSeconds(median(rebuildTotals)), samples: rebuildTotals.map(roundSeconds) },
      steps: stepMedians(rebuilds.map((sample) => sample.steps)),
      phases: phaseMedians(rebuilds),
      ofCleanBuild: Math.round((median(rebuildTotals) / clean.totalSeconds.median) * 1000) / 1000,
    };
    return { ...clean, rebuild, search };
  } finally {
    if (outDir) rmSync(dirname(outDir), { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}
