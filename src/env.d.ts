// Types for the editor and type-aware lint, which see .astro files through
// TypeScript alone (`astro check` understands them natively). A script file,
// not a module, so both declarations below are global.
/// <reference types="astro/astro-jsx" />

declare namespace JSX {
  // Astro types JSX elements as `any` because it supports several JSX
  // frameworks; this site uses none, so elements are plain HTML elements.
  type Element = HTMLElement;
}

declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}

declare module 'virtual:lazy-url/*' {
  /** The URL of the module, built as a chunk of its own (src/search/lazy-module-url.ts). */
  const url: string;
  export default url;
}

interface ImportMetaEnv {
  /** True under `astro dev` only (src/loaders/unpublished-posts.ts). */
  readonly SHOW_UNPUBLISHED: boolean;
}

/** Classes for Shiki's token colours (src/markdown/token-classes.ts). */
declare module 'virtual:code-token-classes.css';
