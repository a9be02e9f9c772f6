/**
 * A build's steps, timed from the moment Astro's log lines arrive: the log is
 * the one record every step leaves, whichever integration or library runs it.
 */

export interface TimedLine {
  /** Milliseconds since the build started. */
  at: number;
  line: string;
}

export interface StepSeconds {
  /** Start-up, config and integrations' setup, until content sync starts. */
  setup: number | null;
  /** Loading and parsing the posts into the content store. */
  contentSync: number | null;
  /** Type generation, build info and Vite's bundling of every page module. */
  bundling: number | null;
  /** Rendering (or copying from the cache) every page. */
  pages: number | null;
  /** Everything after the pages: sitemap, search index, social cards, link check, _headers. */
  postBuild: number | null;
}

const MARKERS = {
  syncStart: /\[content\] Syncing content/,
  syncEnd: /\[content\] Synced content/,
  pagesStart: /generating static routes/,
  completed: /✓ Completed in/,
} as const;

export type StepName = keyof StepSeconds;
export const STEP_NAMES: readonly StepName[] = ['setup', 'contentSync', 'bundling', 'pages', 'postBuild'];

/** Splits a build's log into its steps; a step whose start or end is missing is null. */
export function buildSteps(lines: readonly TimedLine[], endedAt: number): StepSeconds {
  const spans = stepSpans(lines, endedAt);
  return Object.fromEntries(
    STEP_NAMES.map((step) => {
      const span = spans[step];
      return [step, span ? Math.round(span.to - span.from) / 1000 : null];
    }),
  ) as unknown as StepSeconds;
}

/** Where each step starts and ends, in milliseconds since the build started; null when unknown. */
export function stepSpans(
  lines: readonly TimedLine[],
  endedAt: number,
): Record<StepName, { from: number; to: number } | null> {
  const firstAt = (pattern: RegExp, after = -1): number | undefined =>
    lines.find((line) => line.at >= after && pattern.test(line.line))?.at;
  const syncStart = firstAt(MARKERS.syncStart);
  const syncEnd = syncStart === undefined ? undefined : firstAt(MARKERS.syncEnd, syncStart);
  const pagesStart = firstAt(MARKERS.pagesStart);
  const pagesEnd = pagesStart === undefined ? undefined : firstAt(MARKERS.completed, pagesStart);
  const span = (from: number | undefined, to: number | undefined) =>
    from === undefined || to === undefined ? null : { from, to };
  return {
    setup: span(0, syncStart),
    contentSync: span(syncStart, syncEnd),
    bundling: span(syncEnd, pagesStart),
    pages: span(pagesStart, pagesEnd),
    postBuild: span(pagesEnd, endedAt),
  };
}
