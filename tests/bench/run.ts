/**
 * The build benchmark: `node tests/bench/run.ts [--runs 3] [--sizes 100,1000] [--skip-dev | --dev-only]`.
 * Builds synthetic corpora of each size, builds the same corpora with Hugo + Pagefind
 * when Hugo is installed, times `astro dev` over the 1000-post corpus, times an import
 * of a synthetic 1000-post Jekyll site, prints the figures and the budget verdicts,
 * and writes them to bench-results/report.json. It reports rather than tests: a missed
 * budget prints "OVER BUDGET" and still exits 0; only a failed build exits 1.
 * `--dev-only` times only `astro dev`, `--runs` times, and prints each run and the
 * verdicts on the medians (no report is written).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../support/astro-build.ts';
import { benchBuild, type BuildFigures } from './build-bench.ts';
import { STEP_NAMES, type StepName } from './build-steps.ts';
import { benchDev, type DevFigures } from './dev-bench.ts';
import { benchHugo, type HugoFigures } from './hugo-bench.ts';
import { benchImport, type ImportFigures } from './import-bench.ts';
import { median } from './median.ts';
import { benchSuggestions, SUGGESTION_CORPUS_POSTS, type SuggestionFigures } from './suggestion-bench.ts';

const BUDGET_SECONDS_AT_1000 = 40;
/** Search is measured on every corpus of at least this many posts. */
const SEARCH_FROM_POSTS = 1000;
/** Median keystroke to first result: 100 ms on a corpus of 1000 posts, 150 ms from 10,000. */
const budgetKeystrokeToResultMs = (posts: number) => (posts >= 10_000 ? 150 : 100);
/** What the first search fetches on the 1000-post corpus; the suggestion word list must not be part of it. */
const BUDGET_FIRST_SEARCH_BYTES = { posts: 1000, bytes: 120 * 1024 };
const IMPORT_POSTS = 1000;
const BUDGET_IMPORT_SECONDS = 10;
/** Share of the misspellings in tests/fixtures/misspellings.json whose first suggestion is the intended word. */
const BUDGET_SUGGESTION_SHARE = 0.8;
/** A rebuild after one post's body changed, with the cache kept, as a share of a clean build. */
const BUDGET_REBUILD_SHARE = 0.25;
/** All of a build's processes together, so that it fits a 7 GB CI runner. */
const BUDGET_PEAK_MEMORY_BYTES = 6 * 1000 ** 3;
/** What hosts accept: GitHub Pages' site size, Cloudflare Pages' file counts (free, paid). */
const HOST_LIMITS = { githubPagesBytes: 1000 ** 3, cloudflareFreeFiles: 20_000, cloudflarePaidFiles: 100_000 };
/** Issue 11: dist/ at 10,000 posts, per-post social cards on, half of GitHub Pages' limit. */
const BUDGET_DIST = { posts: 10_000, bytes: 500 * 1000 ** 2 };
/** Issue 11, the dev server at DEV_POSTS posts: warm start and first search, then a saved word found. */
const DEV_POSTS = 1000;
const BUDGET_DEV_SECONDS = { warmStart: 10, firstSearch: 10, savedWordFound: 3 };
/** Issue 11: a clean build of the largest corpus takes at most this many times Hugo + Pagefind's. */
const BUDGET_OF_HUGO = 2.5;
/** Issue 11: the build's cost per post at the largest corpus is at most this factor of its cost at the smallest. */
const LINEAR_GROWTH_SLACK = 1.2;

interface Verdict {
  budget: string;
  /** null when the sizes run cannot say. */
  ok: boolean | null;
  detail: string;
}

interface BenchReport {
  date: string;
  machine: { cpu: string; cores: number; memoryBytes: number; node: string };
  builds: BuildFigures[];
  /** Hugo + Pagefind over the same corpora; empty when Hugo is not installed. */
  hugo: HugoFigures[];
  /** null when the sizes did not include DEV_POSTS or --skip-dev was given. */
  dev: DevFigures | null;
  import: ImportFigures;
  suggestions: SuggestionFigures;
  budgets: Verdict[];
}

function positiveInteger(flag: string, text: string): number {
  const value = Number(text.trim());
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${flag} takes positive whole numbers, got "${text}"`);
  return value;
}

function options(): { runs: number; sizes: number[]; dev: boolean; devOnly: boolean } {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      sizes: { type: 'string', default: '100,1000' },
      'skip-dev': { type: 'boolean', default: false },
      'dev-only': { type: 'boolean', default: false },
    },
  });
  if (values['skip-dev'] && values['dev-only']) throw new Error('--skip-dev and --dev-only exclude each other');
  return {
    runs: positiveInteger('runs', values.runs),
    dev: !values['skip-dev'],
    devOnly: values['dev-only'],
    sizes: values.sizes.split(',').map((size) => positiveInteger('sizes', size)),
  };
}

const seconds = (value: number | null) => (value === null ? '—' : `${value.toFixed(2)} s`);

function bytes(value: number | null): string {
  if (value === null) return '—';
  if (value < 1024) return `${value} B`;
  if (value < 1024 ** 2) return `${(value / 1024).toFixed(1)} KiB`;
  if (value < 1024 ** 3) return `${(value / 1024 ** 2).toFixed(1)} MiB`;
  return `${(value / 1024 ** 3).toFixed(2)} GiB`;
}

/** A step's peak and the kinds of process holding it, largest first (e.g. "5.1 GiB: node 4.2 GiB, pagefind 0.9 GiB"). */
function stepPeak(peak: BuildFigures['stepPeakMemory'][StepName]): string {
  if (!peak) return '—';
  const holders = Object.entries(peak.byName)
    .sort(([, a], [, b]) => b - a)
    .filter(([, held]) => held >= 50 * 1024 ** 2)
    .map(([name, held]) => `${name} ${bytes(held)}`);
  return `${bytes(peak.totalBytes)} (${holders.join(', ')})`;
}

function ratioTo(f: BuildFigures, hugo: HugoFigures | undefined): string {
  return hugo ? `${(f.totalSeconds.median / hugo.totalSeconds).toFixed(2)}×` : '—';
}

function table(builds: readonly BuildFigures[], hugo: readonly HugoFigures[]): string {
  const yardstick = (f: BuildFigures) => hugo.find((figures) => figures.posts === f.posts);
  const rows: [string, (figures: BuildFigures) => string][] = [
    ['Posts', (f) => String(f.posts)],
    ['HTML pages', (f) => String(f.pages)],
    ['Build, median', (f) => seconds(f.totalSeconds.median)],
    ['Build, every run', (f) => f.totalSeconds.samples.map((s) => s.toFixed(2)).join(' / ')],
    ['  Astro pages', (f) => seconds(f.phases.astroPages)],
    ['  Search index', (f) => seconds(f.phases.searchIndex)],
    ['  Social images', (f) => seconds(f.phases.socialImages)],
    ['  Link check', (f) => seconds(f.phases.linkCheck)],
    ['  Unused hashes pruned', (f) => seconds(f.phases.cspPrune)],
    ['  step: setup', (f) => seconds(f.steps.setup)],
    ['  step: content sync', (f) => seconds(f.steps.contentSync)],
    ['  step: bundling', (f) => seconds(f.steps.bundling)],
    ['  step: pages', (f) => seconds(f.steps.pages)],
    ['  step: after pages', (f) => seconds(f.steps.postBuild)],
    ['Hugo + Pagefind, same corpus', (f) => seconds(yardstick(f)?.totalSeconds ?? null)],
    ['  ratio (ours / theirs)', (f) => ratioTo(f, yardstick(f))],
    ['Peak memory, all processes', (f) => bytes(f.peakMemoryBytes.total)],
    ...STEP_NAMES.map((step): [string, (f: BuildFigures) => string] => [
      `  peak in step: ${step}`,
      (f) => stepPeak(f.stepPeakMemory[step]),
    ]),
    ['Peak memory, largest process', (f) => bytes(f.peakMemoryBytes.largestProcess)],
    ['Rebuild, one post edited', (f) => seconds(f.rebuild.totalSeconds.median)],
    ['  share of a clean build', (f) => `${Math.round(f.rebuild.ofCleanBuild * 100)} %`],
    ['  every run', (f) => f.rebuild.totalSeconds.samples.map((s) => s.toFixed(2)).join(' / ')],
    ['  step: pages', (f) => seconds(f.rebuild.steps.pages)],
    ['  step: content sync', (f) => seconds(f.rebuild.steps.contentSync)],
    ['  step: bundling', (f) => seconds(f.rebuild.steps.bundling)],
    ['  step: after pages', (f) => seconds(f.rebuild.steps.postBuild)],
    ['    of which search index', (f) => seconds(f.rebuild.phases.searchIndex)],
    ['    of which link check', (f) => seconds(f.rebuild.phases.linkCheck)],
    ['    of which unused hashes', (f) => seconds(f.rebuild.phases.cspPrune)],
    ['Seconds per 1000 pages', (f) => f.secondsPer1000Pages.toFixed(2)],
    ['dist/ size', (f) => bytes(f.distBytes)],
    ['dist/pagefind/ size', (f) => bytes(f.searchIndexBytes)],
    ['Files, per post', (f) => `${f.files}, ${f.filesPerPost.toFixed(2)}`],
    ['Posts that fit GitHub Pages (1 GB)', (f) => postsThatFit(f).githubPages],
    ['Posts that fit Cloudflare (20k / 100k files)', (f) => postsThatFit(f).cloudflare],
    ['Post page, gzip: HTML', (f) => bytes(f.postPageGzipBytes.html)],
    ['Post page, gzip: CSS', (f) => bytes(f.postPageGzipBytes.css)],
    ['Post page, gzip: JS', (f) => bytes(f.postPageGzipBytes.js)],
    ['Post page, gzip: total', (f) => bytes(f.postPageGzipBytes.total)],
    ['Search: keystroke → result', (f) => (f.search ? `${f.search.keystrokeToResultMs.median} ms` : '—')],
    ['Search: every sample', (f) => (f.search ? f.search.keystrokeToResultMs.samples.join(' / ') : '—')],
    ['Search: first search, gzip', (f) => bytes(f.search?.firstSearchGzipBytes ?? null)],
  ];
  const cells = rows.map(([label, cell]) => [label, ...builds.map(cell)]);
  const widths = cells[0]?.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0))) ?? [];
  return cells
    .map((row) =>
      row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))),
    )
    .map((row) => row.join('   '))
    .join('\n');
}

/** How many posts like these a host would take, at this corpus's size and files per post. */
function postsThatFit(f: BuildFigures): { githubPages: string; cloudflare: string } {
  const perPost = (limit: number, used: number) => Math.floor(limit / (used / f.posts)).toLocaleString('en');
  return {
    githubPages: perPost(HOST_LIMITS.githubPagesBytes, f.distBytes),
    cloudflare: `${perPost(HOST_LIMITS.cloudflareFreeFiles, f.files)} / ${perPost(HOST_LIMITS.cloudflarePaidFiles, f.files)}`,
  };
}

function hugoVerdict(builds: readonly BuildFigures[], hugo: readonly HugoFigures[]): Verdict {
  const largest = [...builds].sort((a, b) => a.posts - b.posts).at(-1);
  const yardstick = hugo.find((figures) => figures.posts === largest?.posts);
  const budget = `clean build at most ${BUDGET_OF_HUGO}× Hugo + Pagefind on the same corpus`;
  if (!largest || !yardstick) return { budget, ok: null, detail: 'Hugo not installed or not run' };
  const ratio = largest.totalSeconds.median / yardstick.totalSeconds;
  return {
    budget: `${budget} (${largest.posts} posts)`,
    ok: ratio <= BUDGET_OF_HUGO,
    detail:
      `${seconds(largest.totalSeconds.median)} against ${seconds(yardstick.totalSeconds)} ` +
      `(Hugo ${seconds(yardstick.hugoSeconds)} + Pagefind ${seconds(yardstick.pagefindSeconds)}): ${ratio.toFixed(2)}×`,
  };
}

function verdicts(builds: readonly BuildFigures[]): Verdict[] {
  const at1000 = builds.find((figures) => figures.posts === 1000);
  const bySize = [...builds].sort((a, b) => a.posts - b.posts);
  const smallest = bySize[0];
  const largest = bySize.at(-1);

  const buildTime: Verdict = at1000
    ? {
        budget: `1000-post build under ${BUDGET_SECONDS_AT_1000} s`,
        ok: at1000.totalSeconds.median < BUDGET_SECONDS_AT_1000,
        detail: `median ${seconds(at1000.totalSeconds.median)}`,
      }
    : { budget: `1000-post build under ${BUDGET_SECONDS_AT_1000} s`, ok: null, detail: 'no 1000-post run' };

  const growthBudget = `cost per post grows by at most ${LINEAR_GROWTH_SLACK}×`;
  const perPost = (f: BuildFigures) => (f.totalSeconds.median / f.posts) * 1000;
  const growth: Verdict =
    smallest && largest && smallest.posts < largest.posts
      ? {
          budget: `${growthBudget} (${smallest.posts} → ${largest.posts} posts)`,
          ok: perPost(largest) <= perPost(smallest) * LINEAR_GROWTH_SLACK,
          detail:
            `${perPost(largest).toFixed(1)} ms per post at ${largest.posts} posts, ` +
            `limit ${(perPost(smallest) * LINEAR_GROWTH_SLACK).toFixed(1)} ` +
            `(${perPost(smallest).toFixed(1)} at ${smallest.posts} × ${LINEAR_GROWTH_SLACK}; ` +
            `${(perPost(largest) / perPost(smallest)).toFixed(2)}×)`,
        }
      : { budget: growthBudget, ok: null, detail: 'needs two corpus sizes' };

  const searchSpeed = bySize.flatMap(({ posts, search }): Verdict[] => {
    if (!search) return [];
    const budgetMs = budgetKeystrokeToResultMs(posts);
    const medianMs = search.keystrokeToResultMs.median;
    return [
      {
        budget: `keystroke to first result at most ${budgetMs} ms (${posts} posts)`,
        ok: medianMs <= budgetMs,
        detail: `median ${medianMs} ms (${search.keystrokeToResultMs.samples.join(' / ')})`,
      },
    ];
  });
  const weighed = bySize.find((f) => f.posts === BUDGET_FIRST_SEARCH_BYTES.posts)?.search;
  const weightBudget = `first search fetches at most ${bytes(BUDGET_FIRST_SEARCH_BYTES.bytes)} gzip (${BUDGET_FIRST_SEARCH_BYTES.posts} posts)`;
  const searchWeight: Verdict = weighed
    ? {
        budget: weightBudget,
        ok: weighed.firstSearchGzipBytes <= BUDGET_FIRST_SEARCH_BYTES.bytes,
        detail: bytes(weighed.firstSearchGzipBytes),
      }
    : { budget: weightBudget, ok: null, detail: 'no search measured at that size' };

  const rebuilds = bySize.map((f): Verdict => ({
    budget: `rebuild after one post's body changed, cache kept, at most ${BUDGET_REBUILD_SHARE * 100} % of a clean build (${f.posts} posts)`,
    ok: f.rebuild.ofCleanBuild <= BUDGET_REBUILD_SHARE,
    detail: `${seconds(f.rebuild.totalSeconds.median)} against ${seconds(f.totalSeconds.median)} (${Math.round(f.rebuild.ofCleanBuild * 100)} %)`,
  }));
  const memory: Verdict = largest
    ? {
        budget: `all of the build's processes together under ${bytes(BUDGET_PEAK_MEMORY_BYTES)} (${largest.posts} posts)`,
        ok: largest.peakMemoryBytes.total < BUDGET_PEAK_MEMORY_BYTES,
        detail: `peak ${bytes(largest.peakMemoryBytes.total)}, largest process ${bytes(largest.peakMemoryBytes.largestProcess)}`,
      }
    : { budget: 'peak memory', ok: null, detail: 'no build' };

  const sized = bySize.find((f) => f.posts === BUDGET_DIST.posts);
  const distBudget = `dist/ at most ${bytes(BUDGET_DIST.bytes)} (${BUDGET_DIST.posts} posts)`;
  const distSize: Verdict = sized
    ? {
        budget: distBudget,
        ok: sized.distBytes <= BUDGET_DIST.bytes,
        detail: `${bytes(sized.distBytes)}, ${sized.files} files`,
      }
    : { budget: distBudget, ok: null, detail: `no ${BUDGET_DIST.posts}-post run` };

  return [buildTime, growth, ...rebuilds, memory, distSize, ...searchSpeed, searchWeight];
}

/** Each file the first search fetched (the sample with the median total), for seeing what grew. */
function searchFiles(builds: readonly BuildFigures[]): string {
  return builds
    .flatMap((f) =>
      f.search
        ? [
            `First search at ${f.posts} posts, gzip:`,
            ...f.search.firstSearchFiles.map(({ path, bytes: size }) => `  ${bytes(size).padStart(9)}  ${path}`),
          ]
        : [],
    )
    .join('\n');
}

function devVerdicts(dev: DevFigures | null): Verdict[] {
  const at = `(${DEV_POSTS} posts, astro dev)`;
  if (!dev) return [{ budget: `the dev server ${at}`, ok: null, detail: 'not run' }];
  const { warmStart, firstSearch, savedWordFound } = BUDGET_DEV_SECONDS;
  return [
    {
      budget: `dev server answers within ${warmStart} s of starting, cache warm ${at}`,
      ok: dev.warmStartSeconds <= warmStart,
      detail: seconds(dev.warmStartSeconds),
    },
    {
      budget: `first search shows results within ${firstSearch} s, cache warm ${at}`,
      ok: dev.firstSearchSeconds <= firstSearch,
      detail: `${seconds(dev.firstSearchSeconds)} (first session, empty cache: ${seconds(dev.coldFirstSearchSeconds)})`,
    },
    {
      budget: `a word saved into a post is found within ${savedWordFound} s ${at}`,
      ok: dev.savedWordFoundSeconds !== null && dev.savedWordFoundSeconds <= savedWordFound,
      detail: `${dev.savedWordFoundSeconds === null ? 'not found within 2 minutes' : seconds(dev.savedWordFoundSeconds)} (the open page reloaded after ${seconds(dev.reloadedSeconds)})`,
    },
  ];
}

function verdictLine({ budget, ok, detail }: Verdict): string {
  const status = ok === null ? 'NOT MEASURED' : ok ? 'OK' : 'OVER BUDGET';
  return `${status.padEnd(12)}  ${budget}: ${detail}`;
}

/** Only the dev server, `runs` times over fresh corpora: each run's figures, then the verdicts on their medians. */
async function benchDevOnly(runs: number): Promise<void> {
  const samples: DevFigures[] = [];
  for (let run = 1; run <= runs; run++) {
    console.log(
      `astro dev over ${DEV_POSTS} synthetic posts, run ${run} of ${runs} (load average ${loadavg()[0]?.toFixed(2)})…`,
    );
    const figures = await benchDev(DEV_POSTS);
    console.log(JSON.stringify(figures));
    samples.push(figures);
  }
  const found = samples.map((figures) => figures.savedWordFoundSeconds);
  const medians: DevFigures = {
    posts: DEV_POSTS,
    warmStartSeconds: median(samples.map((figures) => figures.warmStartSeconds)),
    firstSearchSeconds: median(samples.map((figures) => figures.firstSearchSeconds)),
    coldFirstSearchSeconds: median(samples.map((figures) => figures.coldFirstSearchSeconds)),
    savedWordFoundSeconds: found.includes(null) ? null : median(found.map(Number)),
    reloadedSeconds: median(samples.map((figures) => figures.reloadedSeconds)),
  };
  console.log(`\nMedians of ${runs} run${runs === 1 ? '' : 's'}:\n${devVerdicts(medians).map(verdictLine).join('\n')}`);
}

async function main(): Promise<void> {
  const { runs, sizes, dev: withDev, devOnly } = options();
  if (devOnly) {
    await benchDevOnly(runs);
    return;
  }
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryBytes: totalmem(),
    node: process.version,
  };
  console.log(`${machine.cpu}, ${machine.cores} cores, ${bytes(machine.memoryBytes)}, Node ${machine.node}`);

  const builds: BuildFigures[] = [];
  for (const size of sizes) {
    console.log(`Building ${size} synthetic posts, ${runs} run${runs === 1 ? '' : 's'} from a clean state…`);
    builds.push(await benchBuild(size, runs, size >= SEARCH_FROM_POSTS));
  }

  const hugo: HugoFigures[] = [];
  for (const size of sizes) {
    console.log(`Hugo + Pagefind over the same ${size} posts, ${runs} run${runs === 1 ? '' : 's'}…`);
    const figures = await benchHugo(size, runs);
    if (!figures) break;
    hugo.push(figures);
  }

  let dev: DevFigures | null = null;
  if (withDev && sizes.includes(DEV_POSTS)) {
    console.log(`Starting astro dev over ${DEV_POSTS} synthetic posts (once to fill the cache, then timed)…`);
    dev = await benchDev(DEV_POSTS);
  }

  console.log(`Importing a synthetic Jekyll site of ${IMPORT_POSTS} posts, ${runs} run${runs === 1 ? '' : 's'}…`);
  const imported = benchImport(IMPORT_POSTS, runs);
  const importVerdict: Verdict = {
    budget: `importing ${IMPORT_POSTS} posts under ${BUDGET_IMPORT_SECONDS} s`,
    ok: imported.imported === IMPORT_POSTS && imported.seconds.median < BUDGET_IMPORT_SECONDS,
    detail: `median ${seconds(imported.seconds.median)} (${imported.seconds.samples.map((s) => s.toFixed(2)).join(' / ')}), ${imported.imported} imported`,
  };

  const suggestions = benchSuggestions();
  const suggestionVerdict: Verdict = {
    budget: `"did you mean" offers the intended word first for at least ${BUDGET_SUGGESTION_SHARE * 100} % of misspellings (${SUGGESTION_CORPUS_POSTS}-post corpus)`,
    ok: suggestions.share >= BUDGET_SUGGESTION_SHARE,
    detail:
      `${suggestions.intendedFirst} of ${suggestions.misspellings} (${(suggestions.share * 100).toFixed(1)} %)` +
      suggestions.misses
        .map(({ typo, intended, first }) => `; ${typo} → ${first || 'nothing'}, not ${intended}`)
        .join(''),
  };

  const budgets = [
    ...verdicts(builds),
    hugoVerdict(builds, hugo),
    ...devVerdicts(dev),
    importVerdict,
    suggestionVerdict,
  ];
  console.log(`\n${table(builds, hugo)}\n\n${searchFiles(builds)}\n\n${budgets.map(verdictLine).join('\n')}`);

  const report: BenchReport = {
    date: new Date().toISOString(),
    machine,
    builds,
    hugo,
    dev,
    import: imported,
    suggestions,
    budgets,
  };
  const reportFile = join(ROOT, 'bench-results', 'report.json');
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nReport: ${reportFile}`);
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
