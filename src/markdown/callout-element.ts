import type { Element, ElementContent } from 'hast';
import type { CalloutType } from './callouts';

/**
 * The callout markup, as hast. src/components/mdx/Callout.astro renders the
 * same structure for MDX posts; the styles live in src/styles/callouts.css.
 */
export function calloutElement(type: CalloutType, title: string, body: ElementContent[]): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['callout'], dataCallout: type, role: 'note' },
    children: [
      {
        type: 'element',
        tagName: 'p',
        properties: { className: ['callout-title'] },
        children: [{ type: 'text', value: title }],
      },
      { type: 'element', tagName: 'div', properties: { className: ['callout-body'] }, children: body },
    ],
  };
}
