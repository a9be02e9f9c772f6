import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dataStoreModuleCode, dataStoreReadAtRuntime } from '../../../src/loaders/data-store-module';

const scratch = mkdtempSync(join(tmpdir(), 'data-store-module-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

type LoadResult = { code: string; meta: unknown } | null;

/** What the plugin answers for `id`, in a build whose cache folder is `cacheDir` or in dev with `dotAstro`. */
function load(cacheDir: string, id: string, command: 'build' | 'serve' = 'build', dotAstro = cacheDir): LoadResult {
  const plugin = dataStoreReadAtRuntime({
    build: pathToFileURL(join(cacheDir, 'data-store.json')),
    dev: pathToFileURL(join(dotAstro, 'data-store.json')),
  });
  (plugin.configResolved as (config: { command: string }) => void)({ command });
  const hook = plugin.load as { handler: (this: unknown, id: string) => LoadResult };
  return hook.handler.call(undefined, id);
}

describe('the content store read when the pages run', () => {
  it('exports the parsed JSON of the file, as Astro’s inlined module did', async () => {
    const store = ['Map', 1, { html: '<p>“quoted” — <code>x</code></p>\n', path: 'C:\\posts\\a.md' }];
    // A folder name that needs escaping in the module's code.
    mkdirSync(join(scratch, "it's here"));
    const file = join(scratch, "it's here", 'data-store.json');
    writeFileSync(file, JSON.stringify(store));
    const module = join(scratch, 'store.mjs');
    writeFileSync(module, dataStoreModuleCode(file));
    const { default: value } = (await import(pathToFileURL(module).href)) as { default: unknown };
    expect(value).toEqual(store);
  });

  it('answers for Astro’s store module once the store is written, marked as content data', () => {
    writeFileSync(join(scratch, 'data-store.json'), '[]');
    const result = load(scratch, '\0astro:data-layer-content');
    expect(result?.code).toContain(JSON.stringify(join(scratch, 'data-store.json')));
    expect(result?.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
  });

  it('leaves other modules, and a build with no store written, to Astro', () => {
    expect(load(scratch, '\0astro:content')).toBeNull();
    expect(load(join(scratch, 'empty'), '\0astro:data-layer-content')).toBeNull();
  });

  it('reads the store the dev server writes, in .astro/, when serving', () => {
    const dotAstro = join(scratch, 'dot-astro');
    mkdirSync(dotAstro);
    writeFileSync(join(dotAstro, 'data-store.json'), '[]');
    expect(load(join(scratch, 'empty'), '\0astro:data-layer-content', 'serve', dotAstro)?.code).toContain(
      JSON.stringify(join(dotAstro, 'data-store.json')),
    );
    expect(load(join(scratch, 'empty'), '\0astro:data-layer-content', 'build', dotAstro)).toBeNull();
  });
});
