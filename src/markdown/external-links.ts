import { defineHastPlugin } from 'satteri';

/**
 * Links to other sites open in a new tab without handing it our window
 * (rel=noopener noreferrer), are marked with an arrow by CSS, and say so to
 * screen readers.
 */
export function externalLinks(siteOrigin: string) {
  return defineHastPlugin({
    name: 'external-links',
    element: {
      filter: ['a'],
      visit(node) {
        const href = node.properties.href;
        if (typeof href !== 'string' || !/^https?:\/\//i.test(href) || new URL(href).origin === siteOrigin) return;
        return {
          ...node,
          properties: {
            ...node.properties,
            className: ['external'],
            target: '_blank',
            rel: ['noopener', 'noreferrer'],
          },
          children: [
            ...node.children,
            {
              type: 'element',
              tagName: 'span',
              properties: { className: ['sr-only'], dataPagefindIgnore: '' },
              children: [{ type: 'text', value: ' (opens in a new tab)' }],
            },
          ],
        };
      },
    },
  });
}
