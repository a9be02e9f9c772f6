import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';

/**
 * An image alone in its paragraph with a title — `![alt](./x.png "Caption")` —
 * becomes a figure with that title as its caption (and no hover tooltip).
 */
export const imageCaptions = defineHastPlugin({
  name: 'image-captions',
  element: {
    filter: ['p'],
    visit(node) {
      const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
      const [image] = content;
      if (content.length !== 1 || image?.type !== 'element' || image.tagName !== 'img') return;
      const { title, ...properties } = image.properties;
      if (typeof title !== 'string' || title.trim() === '') return;
      const caption: Element = {
        type: 'element',
        tagName: 'figcaption',
        properties: {},
        children: [{ type: 'text', value: title }],
      };
      return { type: 'element', tagName: 'figure', properties: {}, children: [{ ...image, properties }, caption] };
    },
  },
});
