import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import { placeInPost, sourceLine } from './source-lines';
import { texToMathml } from './tex';
import { errorMessage } from '../lib/error-message';

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}

function codeChild(pre: Element): Element | undefined {
  return pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
}

/** MathML as one hast element; a `style` attribute, should KaTeX ever write one, is dropped (the CSP forbids them). */
function mathElement(tex: string, display: boolean): Element {
  const root: Root = fromHtml(texToMathml(tex, display), { fragment: true });
  const strip = (node: ElementContent): void => {
    if (node.type !== 'element') return;
    delete node.properties.style;
    node.children.forEach(strip);
  };
  const math = root.children.find((child): child is Element => child.type === 'element');
  if (!math) throw new Error('no MathML produced');
  strip(math);
  return math;
}

function render(tex: string, display: boolean, ctx: HastVisitorContext, line: number | undefined) {
  let math: Element;
  try {
    math = mathElement(tex, display);
  } catch (error) {
    throw new Error(`${placeInPost(ctx, line)}: this TeX does not compile: ${errorMessage(error)}`, { cause: error });
  }
  const result: Element = display
    ? {
        // Wide equations scroll sideways inside the column instead of widening the page.
        type: 'element',
        tagName: 'div',
        properties: { className: ['wide-scroll', 'math-display'], tabIndex: 0, role: 'group', ariaLabel: 'Equation' },
        children: [math],
      }
    : math;
  // MDX compiles to JSX and takes the tree; Markdown takes the HTML as one string.
  return ctx.sourceFormat === 'mdx' ? result : { type: 'raw' as const, value: toHtml(result, { space: 'html' }) };
}

const mathPlugin = defineHastPlugin({
  name: 'math',
  element: {
    filter: ['pre', 'code'],
    visit(node, ctx) {
      if (node.tagName === 'pre') {
        const code = codeChild(node);
        if (!code || !hasClass(code, 'language-math')) return undefined;
        const line = sourceLine(node.properties) ?? sourceLine(code.properties);
        return render(ctx.textContent(code).replace(/\n$/, ''), true, ctx, line);
      }
      if (!hasClass(node, 'math-inline')) return undefined;
      return render(ctx.textContent(node), false, ctx, sourceLine(node.properties));
    },
  },
});

/**
 * `$…$` inline math, `$$…$$` display math and ```` ```math ```` fences become
 * MathML at build time (KaTeX, see tex.ts); source-lines.ts has already
 * turned dollar amounts in prose back into text. A TeX error fails the build
 * naming the post, the line and KaTeX's message. Posts with no `$` and no
 * "math" skip the plugin.
 */
export function math(ctx: { source: string }) {
  return ctx.source.includes('$') || ctx.source.includes('math') ? mathPlugin : null;
}
