import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';

// Elements that end the inline run after a task's checkbox (a nested list, a paragraph).
const BLOCK_TAGS = new Set(['ul', 'ol', 'p', 'div', 'pre', 'blockquote', 'table']);

const isBlock = (node: ElementContent) => node.type === 'element' && BLOCK_TAGS.has(node.tagName);
const isCheckbox = (node: ElementContent): node is Element =>
  node.type === 'element' && node.tagName === 'input' && node.properties.type === 'checkbox';

/**
 * GFM task lists render a bare disabled checkbox, which has no accessible name.
 * Wrapping the checkbox and the task's text in a <label> names it by the task,
 * without reading the text twice.
 */
export const labelledTaskLists = defineHastPlugin({
  name: 'labelled-task-lists',
  element: {
    filter: ['li', 'p'],
    visit(node) {
      const start = node.children.findIndex(isCheckbox);
      if (start === -1) return;
      const rest = node.children.slice(start + 1);
      const runLength = rest.findIndex(isBlock);
      const inline = runLength === -1 ? rest : rest.slice(0, runLength);
      const label: Element = {
        type: 'element',
        tagName: 'label',
        properties: {},
        children: [node.children[start] as Element, ...inline],
      };
      return { ...node, children: [...node.children.slice(0, start), label, ...rest.slice(inline.length)] };
    },
  },
});
