import { defineConfig } from 'vitest/config';

// Three layers, run separately by `npm test` (see package.json):
// unit — pure logic in src/lib; dist — checks over the built site in dist/;
// build — real `astro build` runs over fixture content that must fail or must leave things out.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // Each test runs a full Astro build; two at once would only fight over two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
