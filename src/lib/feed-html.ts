/**
 * A post's HTML made fit for a feed reader: every link and image absolute (a
 * feed is read away from the site), and the page's own controls — copy
 * buttons, heading links, screen-reader hints — left out, along with the
 * per-token colour styles that only the site's stylesheet can resolve.
 */
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];
type Element = DefaultTreeAdapterMap['element'];

const URL_ATTRIBUTES = new Set(['href', 'src', 'poster']);
const DROPPED_ATTRIBUTES = new Set(['style', 'tabindex']);

function classes(element: Element): string[] {
  return (element.attrs.find((attribute) => attribute.name === 'class')?.value ?? '').split(/\s+/);
}

function isPageControl(element: Element): boolean {
  const names = classes(element);
  return (
    element.tagName === 'copy-code' ||
    (element.tagName === 'a' && names.includes('heading-anchor')) ||
    (element.tagName === 'span' && names.includes('sr-only') && element.parentNode?.nodeName === 'a')
  );
}

function absolute(value: string, base: string): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

function clean(node: Node, pageUrl: string): void {
  if (!('childNodes' in node)) return;
  node.childNodes = node.childNodes.filter((child) => !('tagName' in child && isPageControl(child)));
  for (const child of node.childNodes) {
    if ('tagName' in child) {
      child.attrs = child.attrs
        .filter((attribute) => !DROPPED_ATTRIBUTES.has(attribute.name))
        .map((attribute) => {
          if (URL_ATTRIBUTES.has(attribute.name)) return { ...attribute, value: absolute(attribute.value, pageUrl) };
          if (attribute.name === 'srcset') {
            const candidates = attribute.value.split(',').map((candidate) => {
              const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
              return [absolute(url, pageUrl), ...descriptor].join(' ');
            });
            return { ...attribute, value: candidates.join(', ') };
          }
          return attribute;
        });
    }
    clean(child, pageUrl);
  }
}

export function feedHtml(html: string, pageUrl: string): string {
  const fragment = parseFragment(html);
  clean(fragment, pageUrl);
  return serialize(fragment);
}
