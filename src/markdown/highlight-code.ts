import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';
import { bundledLanguages } from 'shiki';
import { highlightInPool } from './highlight-pool';
import { placeInPost } from './source-lines';

const PLAIN = new Set(['text', 'txt', 'plaintext', 'plain']);

function languageOf(code: Element): string {
  const classes = code.properties.className;
  const marked = Array.isArray(classes) ? classes.map(String).find((name) => name.startsWith('language-')) : undefined;
  return marked === undefined ? 'text' : marked.slice('language-'.length).toLowerCase();
}

/**
 * Highlights code fences with Shiki at build time, in the light and the dark
 * theme at once, on worker threads (highlight-pool.ts). For Markdown the
 * result returns to the pipeline as one HTML string rather than a tree of
 * thousands of token nodes. A fence in a language Shiki does not know fails
 * the build, naming the post.
 */
export const highlightCode = defineHastPlugin({
  name: 'highlight-code',
  element: {
    filter: ['pre'],
    async visit(node, ctx) {
      const code = node.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'code',
      );
      if (!code) return undefined;
      const requested = languageOf(code);
      const lang = PLAIN.has(requested) ? 'text' : requested;
      if (lang !== 'text' && !(lang in bundledLanguages)) {
        throw new Error(
          `${placeInPost(ctx)}: a code fence names the language "${requested}", which Shiki does not know; use one of https://shiki.style/languages, or "text"`,
        );
      }
      const mdx = ctx.sourceFormat === 'mdx';
      const result = await highlightInPool({
        source: ctx.textContent(code).replace(/\n$/, ''),
        lang,
        // keepCodeMeta (contain-post-html.ts) carries the fence's meta on <pre> through the raw-HTML reparse.
        meta: typeof node.properties.dataMeta === 'string' ? node.properties.dataMeta : undefined,
        format: mdx ? 'hast' : 'html',
      });
      // MDX compiles to JSX and cannot carry raw HTML; its few posts get the tree.
      if (typeof result === 'string') return { type: 'raw', value: result };
      return result.children[0] as Element;
    },
  },
});
