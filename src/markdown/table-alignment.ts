import type { Element, Properties } from 'hast';
import { defineHastPlugin } from 'satteri';

const ALIGNMENT_RE = /^\s*text-align\s*:\s*(left|right|center)\s*;?\s*$/i;

/**
 * Table alignment (`| ---: |` in Markdown and MDX, or `style="text-align: right"`
 * by hand) becomes a class the site styles, so no page needs a style attribute.
 */
export const tableAlignment = defineHastPlugin({
  name: 'table-alignment',
  element: {
    filter: ['td', 'th'],
    visit(node) {
      const style = node.properties.style;
      const alignment = typeof style === 'string' ? ALIGNMENT_RE.exec(style)?.[1] : undefined;
      if (alignment === undefined) return undefined;
      const properties: Properties = Object.fromEntries(
        Object.entries(node.properties).filter(([name]) => name !== 'style'),
      );
      const classes = Array.isArray(properties.className) ? properties.className : [];
      properties.className = [...classes, `align-${alignment.toLowerCase()}`];
      const aligned: Element = { ...node, children: [...node.children], properties };
      return aligned;
    },
  },
});
