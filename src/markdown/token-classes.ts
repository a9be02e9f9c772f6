import type { Element, ElementContent } from 'hast';
import { normalizeTheme, type ShikiTransformer, type ThemeRegistrationAny } from 'shiki';

/**
 * Shiki colours tokens with style attributes (`--shiki-light:#CF222E;…`),
 * which would need `style-src-attr 'unsafe-inline'` in the page's policy. This
 * moves every declaration into a short class (`t12`), and tokenClassesCss()
 * writes one rule per colour and font style the themes can produce, so the
 * stylesheet is known before any code is highlighted.
 *
 * Code is most of a technical post's bytes, so the markup stays lean: classes
 * are numbered rather than named after their colour (a token carries two of
 * them), and a token drawn in the colours its block already has loses its
 * <span> altogether — custom properties inherit, so it looks the same.
 */

const PREFIX = '--shiki-';

/** Every declaration Shiki may write, `property:value` → its class, as tokenClassMap() builds it. */
export type TokenClassMap = ReadonlyMap<string, string>;

const declarationKey = (property: string, value: string) => `${property}:${value.toLowerCase()}`;

function declarations(style: string): [string, string][] {
  return style
    .split(';')
    .map((part) => part.split(':').map((side) => side.trim()))
    .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== '' && pair[1] !== '');
}

/** The declarations a node's style attribute sets, keyed by property; the attribute is removed. */
function takeStyle(node: Element): Map<string, string> {
  const style = node.properties.style;
  delete node.properties.style;
  return new Map(typeof style === 'string' ? declarations(style).map(([p, v]) => [p, v.toLowerCase()]) : []);
}

/** A token <span> whose only attribute is a style that repeats what it inherits. */
function isRedundantToken(node: Element, own: ReadonlyMap<string, string>, inherited: ReadonlyMap<string, string>) {
  return (
    node.tagName === 'span' &&
    own.size > 0 &&
    classList(node).length === 0 &&
    Object.keys(node.properties).every((name) => name === 'class' || name === 'className') &&
    [...own].every(([property, value]) => inherited.get(property) === value)
  );
}

export function tokenClasses(classes: TokenClassMap): ShikiTransformer {
  const visit = (node: Element, inherited: ReadonlyMap<string, string>): ElementContent[] => {
    const own = takeStyle(node);
    const redundant = isRedundantToken(node, own, inherited);
    const inScope = new Map([...inherited, ...own]);
    node.children = node.children.flatMap((child) => (child.type === 'element' ? visit(child, inScope) : [child]));
    if (redundant) return node.children;
    for (const [property, value] of own) {
      const name = classes.get(declarationKey(property, value));
      if (!property.startsWith(PREFIX) || name === undefined) {
        throw new Error(`Shiki wrote "${property}: ${value}", which no rule in tokenClassesCss() covers`);
      }
      addClass(node, name);
    }
    return [node];
  };
  return {
    name: 'token-classes',
    // Last, over the whole tree: Shiki styles the <pre> after the transformers' pre hooks have run.
    root(root) {
      // Nothing above the <pre> sets a colour, so no top-level node is redundant.
      for (const child of root.children) if (child.type === 'element') visit(child, new Map());
    },
  };
}

function classList(node: Element): string[] {
  // Shiki's own nodes name the property `class`; other transformers' use hast's `className`.
  const current = node.properties.class ?? node.properties.className;
  return Array.isArray(current)
    ? current.map(String)
    : typeof current === 'string'
      ? current.split(' ').filter(Boolean)
      : [];
}

function addClass(node: Element, name: string): void {
  const list = classList(node);
  if ('class' in node.properties) node.properties.class = [...list, name].join(' ');
  else node.properties.className = [...list, name];
}

const FONT_DECLARATIONS: [string, string][] = [
  ['font-style', 'italic'],
  ['font-weight', 'bold'],
  ['text-decoration', 'underline'],
  ['text-decoration', 'line-through'],
  ['text-decoration', 'underline line-through'],
];

/** Every declaration Shiki can write for these themes, as [custom property, value]. */
function themeDeclarations(themes: Record<string, ThemeRegistrationAny>): [string, string][] {
  const found: [string, string][] = [];
  for (const [key, registration] of Object.entries(themes)) {
    const theme = normalizeTheme(registration);
    const replace = (colour: string) => theme.colorReplacements?.[colour.toLowerCase()] ?? colour;
    const colours = new Set<string>();
    for (const colour of [theme.fg, ...theme.settings.map((rule) => rule.settings.foreground)]) {
      if (colour) colours.add(replace(colour).toLowerCase());
    }
    for (const colour of colours) found.push([`${PREFIX}${key}`, colour]);
    for (const colour of new Set([theme.bg, ...theme.settings.map((rule) => rule.settings.background)])) {
      if (colour) found.push([`${PREFIX}${key}-bg`, replace(colour).toLowerCase()]);
    }
    for (const [property, value] of FONT_DECLARATIONS) found.push([`${PREFIX}${key}-${property}`, value]);
  }
  return found;
}

/** Numbers every declaration the themes can produce: the transformer and the stylesheet share it. */
export function tokenClassMap(themes: Record<string, ThemeRegistrationAny>): TokenClassMap {
  const keys = new Set(themeDeclarations(themes).map(([property, value]) => declarationKey(property, value)));
  return new Map([...keys].map((key, index) => [key, `t${index}`]));
}

/** One rule per class: `.t12{--shiki-light:#cf222e}`. */
export function tokenClassesCss(themes: Record<string, ThemeRegistrationAny>): string {
  return [...tokenClassMap(themes)].map(([key, name]) => `.${name}{${key}}`).join('\n');
}

const STYLESHEET_ID = 'virtual:code-token-classes.css';

/** A Vite plugin serving tokenClassesCss() as `import 'virtual:code-token-classes.css'`. */
export function tokenClassesStylesheet(themes: Record<string, ThemeRegistrationAny>) {
  return {
    name: 'code-token-classes',
    resolveId: (id: string) => (id === STYLESHEET_ID ? `\0${STYLESHEET_ID}` : undefined),
    load: (id: string) => (id === `\0${STYLESHEET_ID}` ? tokenClassesCss(themes) : undefined),
  };
}
