/**
 * Lighthouse scores for the built site: `node tests/bench/lighthouse.ts` (after `npm run build`).
 *
 * Serves dist/ on a free local port, audits the home page, the posts listing and
 * one post on Lighthouse's default mobile profile (simulated throttling), three
 * runs each, and prints the median of every figure with the audits that keep a
 * category below 100. Writes the figures to bench-results/lighthouse.json.
 */
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { postPathsIn } from '../../src/search/post-links.ts';
import { CHROMIUM_ARGS, systemChromium } from '../support/chromium.ts';
import { createStaticServer } from '../support/static-server.ts';
import { median } from './median.ts';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const RESULTS_DIR = fileURLToPath(new URL('../../bench-results/', import.meta.url));
const RUNS_PER_PAGE = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
// Score modes that mean "this audit passed or failed"; the others carry no verdict.
const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);

type CategoryId = (typeof CATEGORIES)[number];

interface Figures {
  scores: Record<CategoryId, number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  benchmarkIndex: number;
}

interface FailingAudit {
  category: CategoryId;
  id: string;
  title: string;
  /** Its share of the category score; 0 for insights and diagnostics, which only advise. */
  weight: number;
  /** In how many of the runs the audit fell short (or errored). */
  failedRuns: number;
  /** The lowest score it got, 0–1; null when it errored instead. */
  worstScore: number | null;
  errorMessage?: string;
}

interface PageReport {
  page: string;
  url: string;
  median: Figures;
  runs: Figures[];
  failingAudits: FailingAudit[];
}

/** The first post the listing links to. */
function firstPostPath(): string {
  const [first] = postPathsIn(readFileSync(`${DIST}posts/index.html`, 'utf8'), '/');
  if (first === undefined) throw new Error('dist/posts/index.html links to no post');
  return first;
}

async function serveDist(): Promise<{ server: Server; origin: string }> {
  const server = createStaticServer({ root: DIST });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

function launchChromium(): Promise<LaunchedChrome> {
  const chromePath = systemChromium();
  return launch({
    // Without a system Chromium, chrome-launcher looks for an installed Chrome itself.
    ...(chromePath === undefined ? {} : { chromePath }),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
}

/** The browser's own name and version, e.g. "HeadlessChrome/140.0.7339.185". */
async function chromiumVersion(chrome: LaunchedChrome): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${chrome.port}/json/version`);
  const { Browser } = (await response.json()) as { Browser: string };
  return Browser;
}

async function audit(url: string, chrome: LaunchedChrome): Promise<Result> {
  const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' });
  if (result === undefined) throw new Error(`Lighthouse returned no result for ${url}`);
  const { runtimeError } = result.lhr;
  if (runtimeError !== undefined) throw new Error(`${url}: ${runtimeError.code}: ${runtimeError.message}`);
  return result.lhr;
}

function numericAudit(lhr: Result, id: string): number {
  const value = lhr.audits[id]?.numericValue;
  if (value === undefined) throw new Error(`${lhr.finalDisplayedUrl}: audit ${id} has no value`);
  return value;
}

function figuresOf(lhr: Result): Figures {
  const score = (id: CategoryId): number => {
    const value = lhr.categories[id]?.score;
    if (value === undefined || value === null) throw new Error(`${lhr.finalDisplayedUrl}: no ${id} score`);
    return Math.round(value * 100);
  };
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    lcpMs: numericAudit(lhr, 'largest-contentful-paint'),
    cls: numericAudit(lhr, 'cumulative-layout-shift'),
    tbtMs: numericAudit(lhr, 'total-blocking-time'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

function medianFigures(runs: Figures[]): Figures {
  const of = (pick: (figures: Figures) => number) => median(runs.map(pick));
  return {
    scores: {
      performance: of((run) => run.scores.performance),
      accessibility: of((run) => run.scores.accessibility),
      'best-practices': of((run) => run.scores['best-practices']),
      seo: of((run) => run.scores.seo),
    },
    lcpMs: of((run) => run.lcpMs),
    cls: of((run) => run.cls),
    tbtMs: of((run) => run.tbtMs),
    benchmarkIndex: of((run) => run.benchmarkIndex),
  };
}

/** Audits of the categories below 100 that fell short or errored in any run, merged across runs. */
function failingAudits(lhrs: Result[], medians: Figures): FailingAudit[] {
  const failing = new Map<string, FailingAudit>();
  for (const lhr of lhrs) {
    for (const category of CATEGORIES.filter((id) => medians.scores[id] < 100)) {
      for (const { id, weight } of lhr.categories[category]?.auditRefs ?? []) {
        const result = lhr.audits[id];
        if (result === undefined) continue;
        const errored = result.scoreDisplayMode === 'error';
        const fellShort = SCORED_MODES.has(result.scoreDisplayMode) && result.score !== null && result.score < 1;
        if (!errored && !fellShort) continue;
        const key = `${category}/${id}`;
        const seen = failing.get(key);
        const score = errored ? null : result.score;
        failing.set(key, {
          category,
          id,
          title: result.title,
          weight,
          failedRuns: (seen?.failedRuns ?? 0) + 1,
          worstScore: seen === undefined ? score : lowerScore(seen.worstScore, score),
          ...(result.errorMessage === undefined ? {} : { errorMessage: result.errorMessage }),
        });
      }
    }
  }
  return [...failing.values()];
}

function lowerScore(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

function printTable(reports: PageReport[]): void {
  const header = ['Page', 'Perf', 'A11y', 'Best Pr.', 'SEO', 'LCP (ms)', 'CLS', 'TBT (ms)'];
  const rows = reports.map(({ page, median: { scores, lcpMs, cls, tbtMs } }) => [
    page,
    String(scores.performance),
    String(scores.accessibility),
    String(scores['best-practices']),
    String(scores.seo),
    lcpMs.toFixed(0),
    cls.toFixed(3),
    tbtMs.toFixed(0),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

function printFailures(reports: PageReport[]): void {
  for (const { page, median: medians, failingAudits: audits } of reports) {
    for (const category of CATEGORIES.filter((id) => medians.scores[id] < 100)) {
      console.log(`\n${page}: ${category} ${medians.scores[category]}`);
      for (const failing of audits.filter((audit) => audit.category === category)) {
        const { id, title, weight, failedRuns, worstScore, errorMessage } = failing;
        const verdict = worstScore === null ? `error: ${errorMessage ?? 'unknown'}` : `score ${worstScore.toFixed(2)}`;
        console.log(`  ${id} — ${title} (${verdict}, weight ${weight}; ${failedRuns}/${RUNS_PER_PAGE} runs)`);
      }
    }
  }
}

async function auditPage(page: string, origin: string, chrome: LaunchedChrome): Promise<PageReport> {
  const url = `${origin}${page}`;
  const lhrs: Result[] = [];
  for (let run = 1; run <= RUNS_PER_PAGE; run++) {
    console.error(`Lighthouse ${page} run ${run}/${RUNS_PER_PAGE}…`);
    lhrs.push(await audit(url, chrome));
  }
  const runs = lhrs.map(figuresOf);
  const medians = medianFigures(runs);
  return { page, url, median: medians, runs, failingAudits: failingAudits(lhrs, medians) };
}

/** Runs work with a Chromium that is gone afterwards, even if the process dies of an uncaught error. */
async function withChromium<T>(work: (chrome: LaunchedChrome) => Promise<T>): Promise<T> {
  const chrome = await launchChromium();
  // An uncaught error skips finally blocks (the static server throws one when a
  // concurrent rebuild removes a file it is about to send); exit still runs.
  const kill = () => {
    chrome.kill();
  };
  process.once('exit', kill);
  try {
    return await work(chrome);
  } finally {
    process.off('exit', kill);
    kill();
  }
}

function writeRecord(reports: PageReport[], chromium: string): void {
  const record = {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? 'unknown',
    chromium,
    profile: 'Lighthouse default: mobile, simulated throttling',
    runsPerPage: RUNS_PER_PAGE,
    pages: reports,
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(`${RESULTS_DIR}lighthouse.json`, `${JSON.stringify(record, null, 2)}\n`);
}

async function main(): Promise<void> {
  const pages = ['/', '/posts/', firstPostPath()];
  const { server, origin } = await serveDist();
  try {
    const { reports, chromium } = await withChromium(async (chrome) => {
      const version = await chromiumVersion(chrome);
      const audited: PageReport[] = [];
      for (const page of pages) audited.push(await auditPage(page, origin, chrome));
      return { reports: audited, chromium: version };
    });
    printTable(reports);
    printFailures(reports);
    writeRecord(reports, chromium);
    console.log('\nWrote bench-results/lighthouse.json');
  } finally {
    server.close();
  }
}

if (!existsSync(`${DIST}index.html`)) {
  console.error('dist/index.html is missing: run npm run build first');
  process.exit(1);
}

try {
  await main();
} catch (error) {
  console.error('Lighthouse failed to run:', error instanceof Error ? error.message : error);
  process.exit(1);
}
