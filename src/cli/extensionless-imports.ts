/**
 * src/ names its own modules without an extension (`'./link-check'`), which
 * Astro's bundler resolves and Node does not. A script that runs src/ modules
 * under Node directly registers this once, before importing them.
 */
import { registerHooks } from 'node:module';

/** What Node loads by name: a relative import ending otherwise names a TypeScript file. */
const LOADABLE = /\.(?:[cm]?[jt]s|json|node)$/;

/**
 * In a TypeScript module, a relative import without an extension Node loads names a
 * TypeScript file; any other import, and every import of a JavaScript module, is left alone.
 */
export function withTsExtension(specifier: string, importer: string | undefined): string {
  const fromTypeScript = importer?.endsWith('.ts') ?? false;
  return fromTypeScript && /^\.\.?\//.test(specifier) && !LOADABLE.test(specifier) ? `${specifier}.ts` : specifier;
}

export function resolveExtensionlessImports(): void {
  registerHooks({
    resolve: (specifier, context, nextResolve) => nextResolve(withTsExtension(specifier, context.parentURL), context),
  });
}
