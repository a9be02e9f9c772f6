import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';
import { CALLOUT_TYPES, parseAlertMarker } from './callouts';
import { calloutElement } from './callout-element';

/**
 * Turns GitHub-style alerts (`> [!NOTE]` … in a blockquote) into the same
 * callout markup the MDX <Callout> component renders.
 */
export const githubAlerts = defineHastPlugin({
  name: 'github-alerts',
  element: {
    filter: ['blockquote'],
    visit(node) {
      const children = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
      const [first, ...rest] = children;
      if (first?.type !== 'element' || first.tagName !== 'p') return;
      const [lead, ...inline] = first.children;
      if (lead?.type !== 'text') return;
      const marker = parseAlertMarker(lead.value);
      if (!marker) return;
      const remainder = lead.value.slice(marker.length);
      const firstParagraph: Element = {
        ...first,
        children: [...(remainder ? [{ ...lead, value: remainder }] : []), ...inline],
      };
      const body: ElementContent[] = firstParagraph.children.length > 0 ? [firstParagraph, ...rest] : rest;
      return calloutElement(marker.type, CALLOUT_TYPES[marker.type], body);
    },
  },
});
