import { appendFileSync } from 'node:fs';

/**
 * Reports how long a build phase took, for `npm run bench`: when
 * BUILD_TIMINGS_FILE is set, one JSON line per phase is appended to it.
 */
export function recordPhase(phase: string, startedAt: number): number {
  const seconds = (performance.now() - startedAt) / 1000;
  const file = process.env.BUILD_TIMINGS_FILE;
  if (file) appendFileSync(file, `${JSON.stringify({ phase, seconds })}\n`);
  return seconds;
}
