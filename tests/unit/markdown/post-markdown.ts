/** Markdown rendered as a post's math is: the parts of astro.config.mjs's pipeline that math depends on. */
import { markdownToHtml } from 'satteri';
import { containRawHtml, keepCodeMeta } from '../../../src/markdown/contain-post-html';
import { math } from '../../../src/markdown/math';
import { sourceLines } from '../../../src/markdown/source-lines';

// As astro.config.mjs has it: raw HTML reparsed, which drops positions from the HTML tree, and
// the post's HTML policy applied before math, which leaves code elements their language class alone.
export const mathOptions = {
  features: { math: true, rawHtml: true },
  mdastPlugins: [keepCodeMeta, sourceLines],
  hastPlugins: [containRawHtml, math],
  fileURL: new URL('file:///blog/content/posts/p.md'),
};

export const mathHtml = (source: string) => markdownToHtml(source, mathOptions).html;
