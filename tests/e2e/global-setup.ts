import { ROOT } from '../support/astro-build';
import { staleBuild } from '../support/fresh-build';

/** Playwright's global setup: no browser test runs against a missing or stale build. */
export default function refuseStaleBuilds(): void {
  const problems = [
    staleBuild(ROOT, 'dist', 'npm run build'),
    staleBuild(ROOT, 'dist-blog', 'npm run build:subpath'),
  ].filter((problem) => problem !== undefined);
  if (problems.length > 0) throw new Error(`Not testing a stale build:\n${problems.join('\n')}`);
}
