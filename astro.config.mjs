// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { versionedBuildCache } from './src/build-cache/integration';
import { cspHash } from './src/postbuild/csp';
import { postBuild } from './src/postbuild/pipeline';
import { postLastmod } from './src/postbuild/sitemap-lastmod';
import { devSearchIndex } from './src/search/dev-index';
import { lazyModuleUrl } from './src/search/lazy-module-url';
import { unpublishedPosts } from './src/loaders/unpublished-posts';
import { dataStoreReadAtRuntime } from './src/loaders/data-store-module';
import { postImportsResolved } from './src/loaders/post-imports';
import { oneReloadPerPostSave } from './src/loaders/post-saves';
import { devPostModules } from './src/loaders/dev-post-modules';
import { noReloadForUnchangedRewrites } from './src/loaders/unchanged-rewrites';
import { postsDirectory } from './src/loaders/posts-dir';
import {
  containRawHtml,
  keepCodeMeta,
  noLinksInsideLinks,
  reportUnbalancedHtml,
} from './src/markdown/contain-post-html';
import { externalLinks } from './src/markdown/external-links';
import { footnoteRefs, zoomableImages } from './src/markdown/reader-features';
import { diagrams } from './src/markdown/diagrams';
import { githubAlerts } from './src/markdown/github-alerts';
import { headingAnchors } from './src/markdown/heading-anchors';
import { codeThemes } from './src/markdown/code-themes';
import { highlightCode } from './src/markdown/highlight-code';
import { imageCaptions } from './src/markdown/image-captions';
import { labelledTaskLists } from './src/markdown/labelled-task-lists';
import { localImages } from './src/markdown/local-images';
import { math } from './src/markdown/math';
import { sourceLines } from './src/markdown/source-lines';
import { scrollableTables } from './src/markdown/scrollable-tables';
import { searchWeights } from './src/markdown/search-weights';
import { tableAlignment } from './src/markdown/table-alignment';
import { tokenClassesStylesheet } from './src/markdown/token-classes';
import { site } from './src/site.config';

// Wiring only: behaviour lives in src/ (see README, "Where things live").
// Kept between deploys (the deploy workflow restores it), so it lives outside node_modules,
// which `npm ci` deletes.
const cacheDir = new URL(`${process.env.ASTRO_CACHE_DIR ?? './.cache/astro'}/`, import.meta.url);
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site: site.origin,
  base: site.base,
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  outDir,
  cacheDir: fileURLToPath(cacheDir),
  integrations: [
    // First: it empties a cache left by other code or dependencies before anything reads it.
    versionedBuildCache(),
    unpublishedPosts(),
    mdx(),
    // The 404 page answers every unknown address; it is not a page to index.
    sitemap({
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
      serialize: postLastmod(site.base, fileURLToPath(new URL(outDir, import.meta.url))),
    }),
    devSearchIndex({ base: site.base }),
    // Link check, search index and social cards, _headers: their order is stated in src/postbuild/pipeline.ts.
    postBuild({ base: site.base, origin: site.origin, cacheDir }),
  ],
  // Every page carries a Content-Security-Policy <meta> with hashes of its own scripts and styles
  // (dist/_headers repeats it as a header where the host supports that; see src/postbuild/headers-file.ts).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        // No script on the site writes markup from strings (innerHTML and the like), so none may.
        "require-trusted-types-for 'script'",
        "trusted-types 'none'",
      ],
      // Pagefind runs its search engine as WebAssembly.
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // The first-paint script is inlined by hand, so Astro does not hash it itself.
        hashes: [cspHash(readFileSync('./src/scripts/first-paint.js', 'utf8'))],
      },
      // No style attributes at all: code colours are classes (src/markdown/token-classes.ts) and posts'
      // own style attributes are removed (src/markdown/contain-post-html.ts).
      styleDirective: {
        resources: [{ resource: "'self'", kind: 'element' }],
      },
    },
  },
  experimental: {
    // A page whose cacheKey (src/lib/cache-keys.ts) and code are unchanged is copied from the cache.
    incrementalBuild: true,
  },
  // Post images get a srcset of widths and width/height attributes, so they scale without layout shift.
  image: { layout: 'constrained' },
  markdown: {
    processor: satteri({
      // Raw HTML becomes part of the tree, so containRawHtml can balance and sanitize it.
      // `$…$`, `$$…$$` and ```math become MathML; math.ts keeps prices in prose as text.
      features: { rawHtml: true, math: true },
      mdastPlugins: [keepCodeMeta, noLinksInsideLinks, reportUnbalancedHtml, sourceLines],
      hastPlugins: [
        tableAlignment,
        containRawHtml,
        // Before highlightCode, which refuses fences in languages Shiki does not know.
        math,
        diagrams,
        highlightCode,
        githubAlerts,
        scrollableTables,
        labelledTaskLists,
        headingAnchors,
        localImages,
        imageCaptions,
        externalLinks(site.origin),
        searchWeights,
        // Last: an image becomes a link after imageCaptions has looked for images alone in a paragraph.
        zoomableImages,
        footnoteRefs,
      ],
    }),
    // Code is highlighted by src/markdown/highlight-code.ts, not by Astro's own Shiki integration.
    syntaxHighlight: false,
  },
  vite: {
    plugins: [
      tailwindcss(),
      lazyModuleUrl(new URL('./', import.meta.url)),
      tokenClassesStylesheet(codeThemes),
      // The content store reaches the pages without going through the bundler (memory at 10,000 posts)
      // or Vite's transforms after every save in dev.
      dataStoreReadAtRuntime({
        build: new URL('data-store.json', cacheDir),
        dev: new URL('./.astro/data-store.json', import.meta.url),
      }),
      // An MDX post that imports a component this project lacks fails naming the post and the import.
      postImportsResolved(postsDirectory()),
      // A saved post reloads the author's open page once, when all of it is stored.
      oneReloadPerPostSave(postsDirectory()),
      // The dev server finds its posts' modules without the file a build in the same checkout rewrites.
      devPostModules(),
      // Astro rewrites its map of post images on every sync; the open pages reload only if it changed.
      noReloadForUnchangedRewrites(['.astro/content-assets.mjs']),
    ],
    build: {
      // Component scripts ship as files fetched once and then cached, not inline in every page: at
      // 10,000 posts their inline copies alone were 40 MB of dist/. Small stylesheets stay inline.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        onLog(level, log, handler) {
          // Astro marks MDX modules with a directive rolldown cannot keep and warns about on every
          // build; harmless and tracked upstream: https://github.com/withastro/astro/issues/18087
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
