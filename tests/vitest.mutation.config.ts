import { defineConfig } from 'vitest/config';

// The unit tests alone, for Stryker (tests/stryker.config.mjs): it runs them once per mutant.
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/content/**', 'tests/unit/bench/**'] },
});
