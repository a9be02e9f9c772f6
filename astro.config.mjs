// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { githubAlerts } from './src/markdown/github-alerts';
import { labelledTaskLists } from './src/markdown/labelled-task-lists';
import { scrollableTables } from './src/markdown/scrollable-tables';
import { site } from './src/site.config';

// Wiring only: behaviour lives in src/ (see README, "Where things live").
export default defineConfig({
  site: site.origin,
  base: site.base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx()],
  markdown: {
    processor: satteri({ hastPlugins: [githubAlerts, scrollableTables, labelledTaskLists] }),
    shikiConfig: {
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
    },
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
