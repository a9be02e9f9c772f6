import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';
import GithubSlugger from 'github-slugger';

const ANCHORED = ['h2', 'h3', 'h4'];

/**
 * Gives each section heading a stable id (the same slugs Astro would make, so
 * the table of contents agrees) and a link to itself, placed after the heading
 * so that the heading's accessible name stays its own text. The link shows on
 * hover and focus; its "#" is drawn by CSS, so it adds no text to the page.
 */
export function headingAnchors() {
  const slugger = new GithubSlugger();
  return defineHastPlugin({
    name: 'heading-anchors',
    element: {
      filter: ANCHORED,
      visit(node, ctx) {
        // Headings only screen readers see (the footnotes label) need no visible link.
        const classes = node.properties.className;
        if (Array.isArray(classes) && classes.includes('sr-only')) return;
        const text = ctx.textContent(node);
        const existing = node.properties.id;
        const id = typeof existing === 'string' ? existing : slugger.slug(text);
        const anchor: Element = {
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['heading-anchor'],
            href: `#${id}`,
            ariaLabel: `Link to this section: ${text}`,
            dataPagefindIgnore: '',
          },
          children: [],
        };
        return {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading'], dataLevel: node.tagName },
          children: [{ ...node, properties: { ...node.properties, id } }, anchor],
        };
      },
    },
  });
}
