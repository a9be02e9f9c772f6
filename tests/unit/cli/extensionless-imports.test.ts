import { describe, expect, it } from 'vitest';
import { withTsExtension } from '../../../src/cli/extensionless-imports';

const FROM_TS = 'file:///site/src/postbuild/pipeline.ts';

describe('withTsExtension', () => {
  it('names the TypeScript file of a relative import without an extension', () => {
    expect(withTsExtension('./link-check', FROM_TS)).toBe('./link-check.ts');
    expect(withTsExtension('../search/build-index', FROM_TS)).toBe('../search/build-index.ts');
    expect(withTsExtension('../site.config', FROM_TS)).toBe('../site.config.ts');
  });

  it('leaves a relative import that names a file Node loads', () => {
    for (const specifier of ['./worker.ts', './data.json', '../x.mjs', './y.js', './z.cts', './binding.node']) {
      expect(withTsExtension(specifier, FROM_TS)).toBe(specifier);
    }
  });

  it('leaves the imports of JavaScript modules, which name their files themselves', () => {
    expect(withTsExtension('./js-binding', 'file:///site/node_modules/@napi-rs/canvas/index.js')).toBe('./js-binding');
    expect(withTsExtension('./entry', undefined)).toBe('./entry');
  });

  it('leaves packages, built-in modules and URLs', () => {
    for (const specifier of ['pagefind', 'rolldown/utils', 'node:fs', 'file:///a/b', '@napi-rs/canvas']) {
      expect(withTsExtension(specifier, FROM_TS)).toBe(specifier);
    }
  });
});
