import { defineHastPlugin } from 'satteri';

/**
 * Wraps each table in a container that scrolls sideways on narrow screens, so
 * a wide table never widens the page. The container is focusable and labelled
 * so keyboard users can scroll it too.
 */
export function scrollableTables() {
  let count = 0;
  return defineHastPlugin({
    name: 'scrollable-tables',
    element: {
      filter: ['table'],
      visit(node) {
        count += 1;
        return {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], tabIndex: 0, role: 'group', ariaLabel: `Table ${count}` },
          children: [node],
        };
      },
    },
  });
}
