import { defineConfig } from 'vitest/config';

// The unit tests of the mutated code, for Stryker (tests/stryker.config.mjs): it runs them once per mutant.
export default defineConfig({
  test: { include: ['tests/unit/lib/**/*.test.ts', 'tests/unit/search/**/*.test.ts'] },
});
