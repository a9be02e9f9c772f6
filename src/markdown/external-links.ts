import { defineHastPlugin } from 'satteri';
import { placeInPost } from './source-lines';

/** The origin of an absolute web address; a malformed one (`http://%20http://…`) fails the build naming the post. */
function originOf(href: string, ctx: { readonly fileURL?: URL | undefined; readonly source: string }): string {
  try {
    return new URL(href).origin;
  } catch {
    throw new Error(`${placeInPost(ctx)}: the link "${href}" is not a valid address; correct it or remove the link`);
  }
}

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
        if (typeof href !== 'string' || !/^https?:\/\//i.test(href) || originOf(href, ctx) === siteOrigin) return;
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
