import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';
import { bundleFolder } from '../lib/page-bundles';
import { urlScheme } from '../lib/urls';

/**
 * Marks what a post's page needs script for, in the frontmatter Astro hands
 * to render(): the post page then renders the footnote previews and the image
 * dialog only where there are footnotes or zoomable images, and every other
 * page ships neither script.
 */
function mark(data: Record<string, unknown>, feature: 'footnotes' | 'zoomableImages'): void {
  const astro = data.astro as { frontmatter?: Record<string, unknown> } | undefined;
  if (astro?.frontmatter) astro.frontmatter[feature] = true;
}

/** The address of an image's full-size file, when it has one that the built site serves. */
export function fullSizeAddress(src: string, postFile: string | undefined): string | undefined {
  if (/^(https?:\/\/|\/)/i.test(src)) return src;
  // A relative image is published beside its post only for a folder post (src/lib/page-bundles.ts).
  if (urlScheme(src) !== undefined || src.split('/').includes('..')) return undefined;
  return postFile !== undefined && bundleFolder(postFile) !== undefined ? src : undefined;
}

/**
 * An image becomes a link to its full-size file, so without script a reader can
 * still see it at full size; src/scripts/image-zoom.ts opens the link in a dialog.
 */
export const zoomableImages = defineHastPlugin({
  name: 'zoomable-images',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      const src = node.properties.src;
      const parent = ctx.parent(node);
      if (typeof src !== 'string' || (parent.type === 'element' && parent.tagName === 'a')) return undefined;
      const href = fullSizeAddress(src, ctx.fileURL && fileURLToPath(ctx.fileURL));
      if (href === undefined) return undefined;
      mark(ctx.data, 'zoomableImages');
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['zoomable'], href },
        children: [node],
      };
      return link;
    },
  },
});

/** Notes the footnote references that src/scripts/footnote-previews.ts shows previews for. */
export const footnoteRefs = defineHastPlugin({
  name: 'footnote-refs',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      if (node.properties.dataFootnoteRef !== undefined) mark(ctx.data, 'footnotes');
      return undefined;
    },
  },
});
