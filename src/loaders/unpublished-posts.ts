/**
 * Drafts and posts dated in the future are shown by the dev server only. The
 * decision follows the command that runs (`astro dev`), not NODE_ENV or Vite's
 * mode, so no environment can make a production build publish a draft.
 */
import type { AstroIntegration } from 'astro';

export function unpublishedPosts(): AstroIntegration {
  return {
    name: 'unpublished-posts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.SHOW_UNPUBLISHED': JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}
