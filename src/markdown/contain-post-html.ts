import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { PhrasingContent } from 'mdast';
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { HtmlBalance } from './html-balance';
import { containPostHtml, repairWarnings } from './post-html-policy';

function postName(fileURL: URL | undefined): string {
  return fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : 'a post';
}

/**
 * Raw HTML in a Markdown post is parsed into the tree (Satteri's `rawHtml`
 * feature, enabled beside this plugin in astro.config.mjs), so a stray `</div>`
 * or an unclosed `<div>` is balanced inside the post body and can never move
 * the page's landmarks. This pass then sanitizes the body against the
 * allowlist in post-html-schema.ts and warns, naming the post, for every
 * removal or repair. It runs first, so only what the author wrote is checked;
 * what our own plugins add later (code, alerts, anchors) is trusted.
 *
 * Authors' `style` attributes are removed rather than allowed through
 * per-page 'unsafe-hashes': a style can cover the page (position: fixed) or
 * hide text, and without them a coloured table keeps the site's own readable
 * colours. MDX posts are code and are not sanitized.
 */
export const containRawHtml = defineHastPlugin({
  name: 'contain-raw-html',
  before(root, ctx) {
    if (ctx.sourceFormat === 'mdx') return;
    const { tree, repairs, embeds } = containPostHtml(root);
    const file = postName(ctx.fileURL);
    for (const line of repairWarnings(file, repairs)) console.warn(line);
    // Read by the post page for its Content-Security-Policy (Astro hands a plugin's frontmatter to render()).
    const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
    if (astro?.frontmatter) astro.frontmatter.embeds = embeds;
    ctx.replaceNode(root, tree);
  },
});

/** An HTML tag in Markdown that opens (1) or closes (-1) a link, else 0. */
function linkDepthChange(html: string): number {
  if (/^<a[\s>]/i.test(html)) return 1;
  if (/^<\/a\s*>/i.test(html)) return -1;
  return 0;
}

/**
 * A link written inside a raw `<a>…</a>` (an e-mail address or URL that GFM
 * autolinks, or a Markdown link) would become a link inside a link, which
 * HTML splits in two; it is kept as its text, with a warning.
 */
export const noLinksInsideLinks = defineMdastPlugin({
  name: 'no-links-inside-links',
  paragraph(node, ctx) {
    let depth = 0;
    const visit = (parent: { children: readonly PhrasingContent[] }) => {
      for (const child of parent.children) {
        if (child.type === 'html') depth = Math.max(0, depth + linkDepthChange(child.value));
        else if (child.type === 'link' && depth > 0) {
          console.warn(
            `[post-html] ${postName(ctx.fileURL)}: kept the link to ${child.url} as text: it sits inside a raw <a> element`,
          );
          ctx.replaceNode(child, [...child.children]);
        } else if ('children' in child) visit(child);
      }
    };
    visit(node);
  },
});

/**
 * Reparsing raw HTML keeps element properties but not node data, where a code
 * fence's meta (title="x.ts" {2,4}) lives; carry it as data-meta on <pre>.
 */
export const keepCodeMeta = defineMdastPlugin({
  name: 'keep-code-meta',
  code(node, ctx) {
    if (node.meta) ctx.setProperty(node, 'data', { ...node.data, hProperties: { dataMeta: node.meta } });
  },
});

const balances = new WeakMap<object, HtmlBalance>();

/** Names the tags that the raw-HTML reparse closes or drops, one warning each. */
export const reportUnbalancedHtml = defineMdastPlugin({
  name: 'report-unbalanced-html',
  html(node, ctx) {
    if (ctx.sourceFormat === 'mdx') return;
    const balance = balances.get(ctx.data) ?? new HtmlBalance();
    balances.set(ctx.data, balance);
    balance.read(node.value);
  },
  after(_root, ctx) {
    for (const problem of balances.get(ctx.data)?.problems() ?? []) {
      console.warn(`[post-html] ${postName(ctx.fileURL)}: ${problem}`);
    }
    balances.delete(ctx.data);
  },
});
