import { defineConfig } from 'vitest/config';

// The unit tests of the mutated code, for Stryker (tests/stryker.config.mjs): it runs them once per mutant.
export default defineConfig({
  // Instrumented code on a shared machine runs slowly; the generated-input tests need room.
  test: { include: ['tests/unit/lib/**/*.test.ts', 'tests/unit/search/**/*.test.ts'], testTimeout: 60_000 },
});
