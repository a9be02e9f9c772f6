import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer } from 'shiki';
import { languageName, parseCodeMeta } from './code-blocks.ts';

function span(className: string, text: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: [className] },
    children: [{ type: 'text', value: text }],
  };
}

/** The copy control, inert until src/scripts/copy-code.ts defines <copy-code>. */
function copyButton(): Element {
  return {
    type: 'element',
    tagName: 'copy-code',
    properties: {},
    children: [
      {
        type: 'element',
        tagName: 'button',
        properties: { type: 'button', className: ['copy-code-button'] },
        children: [{ type: 'text', value: 'Copy' }],
      },
      { type: 'element', tagName: 'span', properties: { className: ['sr-only'], ariaLive: 'polite' }, children: [] },
    ],
  };
}

/**
 * Frames every highlighted block: a header with the file name (```ts title="x.ts"),
 * the language and a copy button, and optional line numbers (showLineNumbers).
 * Lines of a ```diff block are classed as added or removed so that styles and
 * the copy button can tell them apart.
 */
export function codeFrame(): ShikiTransformer {
  return {
    name: 'code-frame',
    line(node, line) {
      if (this.options.lang !== 'diff') return;
      const marker = this.source.split('\n')[line - 1]?.charAt(0);
      if (marker === '+') this.addClassToHast(node, ['diff', 'add']);
      if (marker === '-') this.addClassToHast(node, ['diff', 'remove']);
    },
    pre(node) {
      const { title, lineNumbers } = parseCodeMeta(this.options.meta?.__raw);
      node.properties.dataLanguage = this.options.lang;
      if (lineNumbers) node.properties.dataLineNumbers = '';
      const header: ElementContent[] = [
        ...(title === undefined ? [] : [span('code-title', title)]),
        span('code-language', languageName(this.options.lang)),
        copyButton(),
      ];
      return {
        type: 'element',
        tagName: 'figure',
        // Listings stay out of the search index: their tokens would triple its size and bury
        // prose matches, and the names that matter also appear in the text around them.
        properties: { className: ['code-block'], dataPagefindIgnore: 'all' },
        children: [
          {
            type: 'element',
            tagName: 'figcaption',
            properties: { className: ['code-header'] },
            children: header,
          },
          node,
        ],
      };
    },
  };
}
