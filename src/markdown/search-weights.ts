import { defineHastPlugin } from 'satteri';

/**
 * How much more a word in inline code counts in search than a word of prose
 * (Pagefind weighs prose 1 and headings 7 down to 2, h1 to h6). A post that
 * names `Vec::new` in code is about it; one that says "new" in passing is not.
 * Code listings are left out of the index altogether (src/search/index-options.ts).
 */
export const INLINE_CODE_WEIGHT = 2;

/** Marks inline `<code>` in a post body with its search weight. */
export const searchWeights = defineHastPlugin({
  name: 'search-weights',
  element: {
    filter: ['code'],
    visit(node, ctx) {
      const parent = ctx.parent(node);
      if (parent.type === 'element' && parent.tagName === 'pre') return;
      ctx.setProperty(node, 'dataPagefindWeight', String(INLINE_CODE_WEIGHT));
    },
  },
});
