import { defineHastPlugin } from 'satteri';
import { webOrigin } from '../lib/urls';
import { placeInPost } from './source-lines';

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
      visit(node, ctx) {
        const href = node.properties.href;
        if (typeof href !== 'string' || !/^https?:\/\//i.test(href)) return;
        const origin = webOrigin(href);
        // A malformed address (`http://%20http://…`) fails the build naming the post.
        if (origin === undefined)
          throw new Error(
            `${placeInPost(ctx)}: the link "${href}" is not a valid address; correct it or remove the link`,
          );
        if (origin === siteOrigin) return;
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
