// @ts-check
// Mutation testing of the domain logic: `npm run test:mutation` (not part of `npm test`).
// Stryker changes the code in small ways (a `<` for a `<=`, a dropped condition) and runs
// the unit tests against each change; a change no test notices is a surviving mutant.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    'src/lib/**/*.ts',
    '!src/lib/content.ts',
    '!src/lib/post-html.ts',
    '!src/lib/feed.ts',
    'src/search/results.ts',
    'src/search/url-state.ts',
  ],
  // Builds and reports need not be copied into Stryker's sandbox (and may be rewritten meanwhile),
  // nor the build fixtures (some hold deliberately escaping symbolic links it cannot copy); the
  // fixture the mutated code's unit tests read is kept.
  ignorePatterns: [
    '/dist',
    '/dist-blog',
    '/bench-results',
    '/test-results',
    '/playwright-report',
    '/tests/fixtures/*',
    '!/tests/fixtures/hostile-feed',
  ],
  testRunner: 'vitest',
  vitest: { configFile: 'tests/vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  // Node's own type stripping runs these .ts files; Stryker need not check types.
  checkers: [],
  coverageAnalysis: 'perTest',
  // Static mutants change code that runs once, when a module loads (the feed allowlist, lookup
  // tables, compiled patterns): each needs every related test file run afresh, which was 97% of a
  // full run's time. They are left out of the score; the unit tests still cover that code.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 90, low: 85, break: 85 },
  concurrency: 2,
  tempDirName: '.stryker-tmp',
};
