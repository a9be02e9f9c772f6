// @ts-check
import { readFileSync } from 'node:fs';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { headersFile } from './src/postbuild/headers-file';
import { scriptHash } from './src/postbuild/csp';
import { postLinksCheck } from './src/postbuild/link-check';
import { searchIndex } from './src/search/index-integration';
import { socialCards } from './src/social-cards/integration';
import { unpublishedPosts } from './src/loaders/unpublished-posts';
import { externalLinks } from './src/markdown/external-links';
import { diagrams } from './src/markdown/diagrams';
import { githubAlerts } from './src/markdown/github-alerts';
import { headingAnchors } from './src/markdown/heading-anchors';
import { highlightCode } from './src/markdown/highlight-code';
import { imageCaptions } from './src/markdown/image-captions';
import { labelledTaskLists } from './src/markdown/labelled-task-lists';
import { localImages } from './src/markdown/local-images';
import { math } from './src/markdown/math';
import { scrollableTables } from './src/markdown/scrollable-tables';
import { site } from './src/site.config';

// Wiring only: behaviour lives in src/ (see README, "Where things live").
export default defineConfig({
  site: site.origin,
  base: site.base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    unpublishedPosts(),
    mdx(),
    // The 404 page answers every unknown address; it is not a page to index.
    sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
    postLinksCheck(),
    searchIndex(),
    socialCards(),
    // Last: it reads what the other integrations wrote.
    headersFile(),
  ],
  // Every page carries a Content-Security-Policy <meta> with hashes of its own scripts and styles
  // (dist/_headers repeats it as a header where the host supports that; see src/postbuild/headers-file.ts).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind runs its search engine as WebAssembly.
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // The first-paint script is inlined by hand, so Astro does not hash it itself.
        hashes: [scriptHash(readFileSync('./src/scripts/first-paint.js', 'utf8'))],
      },
      // Shiki colours code tokens with style attributes; <style> and stylesheets stay hash- or self-only.
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  // Post images get a srcset of widths and width/height attributes, so they scale without layout shift.
  image: { layout: 'constrained' },
  markdown: {
    processor: satteri({
      // `$…$`, `$$…$$` and ```math become MathML; math.ts keeps prices in prose as text.
      features: { math: true },
      hastPlugins: [
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
      ],
    }),
    // Code is highlighted by src/markdown/highlight-code.ts, not by Astro's own Shiki integration.
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
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
