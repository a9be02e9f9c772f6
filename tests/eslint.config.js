// @ts-check
// Lint for the whole project, .astro files included, with type-aware rules.
// Run from the project root: `npm run lint`.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-blog/',
      'node_modules/',
      '.astro/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-strict'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: root, extraFileExtensions: ['.astro'] },
    },
    rules: {
      // Numbers print predictably in template literals; the rule still catches objects and undefined.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        projectService: false,
        project: './tsconfig.json',
        tsconfigRootDir: root,
      },
    },
  },
  {
    // Inline <script is:inline> blocks are plain browser JavaScript with no type information.
    files: ['**/*.astro/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
