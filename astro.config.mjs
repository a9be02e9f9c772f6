// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/integrations/search-index';
import { externalLinks } from './src/markdown/external-links';
import { githubAlerts } from './src/markdown/github-alerts';
import { headingAnchors } from './src/markdown/heading-anchors';
import { highlightCode } from './src/markdown/highlight-code';
import { imageCaptions } from './src/markdown/image-captions';
import { labelledTaskLists } from './src/markdown/labelled-task-lists';
import { localImages } from './src/markdown/local-images';
import { scrollableTables } from './src/markdown/scrollable-tables';
import { site } from './src/site.config';

// Wiring only: behaviour lives in src/ (see README, "Where things live").
export default defineConfig({
  site: site.origin,
  base: site.base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx(), searchIndex()],
  // Post images get a srcset of widths and width/height attributes, so they scale without layout shift.
  image: { layout: 'constrained' },
  markdown: {
    processor: satteri({
      hastPlugins: [
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
      // The only dynamic imports are search's, loaded on intent; the preload helper Vite adds for
      // them would cost every page ~1 KB of its 3 KB JavaScript budget.
      modulePreload: false,
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
