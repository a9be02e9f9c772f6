import type { Element } from 'hast';
import { normalizeTheme, type ShikiTransformer, type ThemeRegistrationAny } from 'shiki';

/**
 * Shiki colours tokens with style attributes (`--shiki-light:#CF222E;…`),
 * which would need `style-src-attr 'unsafe-inline'` in the page's policy. This
 * moves every declaration into a class named after it (`sk-light-cf222e`),
 * and tokenClassesCss() writes one rule per colour and font style the themes
 * can produce, so the stylesheet is known before any code is highlighted.
 */

const PREFIX = '--shiki-';

/** The class standing for one declaration Shiki writes. */
export function tokenClass(property: string, value: string): string {
  const slug = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `sk-${property.slice(PREFIX.length)}-${slug}`;
}

function declarations(style: string): [string, string][] {
  return style
    .split(';')
    .map((part) => part.split(':').map((side) => side.trim()))
    .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== '' && pair[1] !== '');
}

export function tokenClasses(known: ReadonlySet<string>): ShikiTransformer {
  const toClasses = (node: Element) => {
    const style = node.properties.style;
    if (typeof style !== 'string') return;
    const classes = declarations(style).map(([property, value]) => {
      const name = tokenClass(property, value);
      if (!property.startsWith(PREFIX) || !known.has(name)) {
        throw new Error(`Shiki wrote "${property}: ${value}", which no rule in tokenClassesCss() covers`);
      }
      return name;
    });
    delete node.properties.style;
    for (const name of classes) addClass(node, name);
  };
  const visit = (node: Element) => {
    toClasses(node);
    for (const child of node.children) if (child.type === 'element') visit(child);
  };
  return {
    name: 'token-classes',
    // Last, over the whole tree: Shiki styles the <pre> after the transformers' pre hooks have run.
    root(root) {
      for (const child of root.children) if (child.type === 'element') visit(child);
    },
  };
}

function addClass(node: Element, name: string): void {
  // Shiki's own nodes name the property `class`; other transformers' use hast's `className`.
  const current = node.properties.class ?? node.properties.className;
  const list = Array.isArray(current) ? current.map(String) : typeof current === 'string' ? current.split(' ') : [];
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

/** The class names tokenClassesCss() defines, for the transformer to check against. */
export function tokenClassNames(themes: Record<string, ThemeRegistrationAny>): Set<string> {
  return new Set(themeDeclarations(themes).map(([property, value]) => tokenClass(property, value)));
}

/** One rule per class: `.sk-light-cf222e{--shiki-light:#cf222e}`. */
export function tokenClassesCss(themes: Record<string, ThemeRegistrationAny>): string {
  return themeDeclarations(themes)
    .map(([property, value]) => `.${tokenClass(property, value)}{${property}:${value}}`)
    .join('\n');
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
