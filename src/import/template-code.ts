/**
 * Template code that the old generator ran inside posts. The common pieces
 * become Markdown (code fences, images with captions, video embeds, links to
 * the post's old address, which the link rewriting then maps to its new one);
 * anything else is left visible in the post and reported, never silently lost.
 */
import { urlScheme } from '../lib/urls.ts';
import { editProse } from './code-spans.ts';

export interface TemplateContext {
  /** The old site path of the post or page a `ref`, `post_url`, `link` or `@/` names; undefined if unknown. */
  resolve(reference: string): string | undefined;
  origin: string | undefined;
}

export interface Converted {
  body: string;
  converted: number;
  /** Template code left as it was (the tag, as written). */
  left: string[];
}

/** `key="value"`, `key=value` and positional arguments of a Hugo shortcode. */
export function shortcodeArguments(text: string): { named: Map<string, string>; positional: string[] } {
  const named = new Map<string, string>();
  const positional: string[] = [];
  for (const match of text.matchAll(/(?:([\w-]+)\s*=\s*)?(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|([^\s"`]+))/g)) {
    const value = match[2]?.replace(/\\(.)/g, '$1') ?? match[3] ?? match[4] ?? '';
    if (match[1] !== undefined) named.set(match[1], value);
    else positional.push(value);
  }
  return { named, positional };
}

function fence(language: string, code: string): string {
  const ticks = code.includes('```') ? '````' : '```';
  return `${ticks}${language}\n${code.replace(/^\r?\n/, '').replace(/\s+$/, '')}\n${ticks}`;
}

function youtube(id: string, title: string): string {
  const safeId = encodeURIComponent(id);
  const safeTitle = title.replace(/[<>"&]/g, '');
  return `<iframe src="https://www.youtube-nocookie.com/embed/${safeId}" title="${safeTitle}" width="560" height="315" allow="encrypted-media; picture-in-picture; fullscreen" loading="lazy"></iframe>`;
}

function markdownImage(src: string, alt: string, caption: string): string {
  const cleanAlt = alt.replace(/[[\]]/g, '');
  const title = caption === '' ? '' : ` "${caption.replace(/"/g, '&quot;')}"`;
  return `![${cleanAlt}](${src.includes(' ') ? `<${src}>` : src}${title})`;
}

/** The names sites give a shortcode of their own that shows one image: `figure`, `figure_no`, `image`, `img`. */
const IMAGE_SHORTCODE_RE = /^(?:fig|figure|image|img)(?:[_-]\w+)?$/i;

const HUGO_PAIRED_RE = /\{\{([<%])\s*(highlight)\s+([^]*?)\s*[>%]\}\}([^]*?)\{\{[<%]\s*\/\s*highlight\s*[>%]\}\}/g;
const HUGO_SHORTCODE_RE = /\{\{([<%])\s*([\w/-]+)([^]*?)\s*([>%])\}\}/g;
const HUGO_ESCAPED_RE = /\{\{([<%])\/\*([^]*?)\*\/([>%])\}\}/g;

/**
 * Hugo shortcodes: highlight, figure (and a site's own image shortcode of a like name, `img`),
 * ref/relref, youtube converted; the rest reported.
 */
export function convertHugo(body: string, context: TemplateContext): Converted {
  const left: string[] = [];
  let converted = 0;
  const escaped: string[] = [];
  let text = body.replace(HUGO_ESCAPED_RE, (_all, open: string, inner: string, close: string) => {
    escaped.push(`{{${open}${inner}${close}}}`);
    return `\uE000${escaped.length - 1}\uE000`;
  });
  text = text.replace(HUGO_PAIRED_RE, (_all, _open, _name, args: string, code: string) => {
    converted++;
    return fence(shortcodeArguments(args).positional[0] ?? '', code);
  });
  text = text.replace(HUGO_SHORTCODE_RE, (all, _open: string, name: string, args: string) => {
    const { named, positional } = shortcodeArguments(args);
    const first = positional[0] ?? '';
    switch (IMAGE_SHORTCODE_RE.test(name) ? 'figure' : name) {
      case 'ref':
      case 'relref': {
        const target = context.resolve(first || (named.get('path') ?? ''));
        if (target === undefined) break;
        converted++;
        return target;
      }
      case 'figure': {
        const src = named.get('src');
        if (src === undefined) break;
        converted++;
        const caption = named.get('caption') ?? named.get('title') ?? '';
        return markdownImage(src, named.get('alt') ?? caption, caption);
      }
      case 'youtube': {
        const id = named.get('id') ?? first;
        if (id === '') break;
        converted++;
        return youtube(id, named.get('title') ?? 'YouTube video');
      }
    }
    left.push(all);
    return all;
  });
  text = text.replace(/\uE000(\d+)\uE000/g, (_all, index: string) => escaped[Number(index)] ?? '');
  return { body: text, converted, left };
}

const LIQUID_RAW_RE = /\{%-?\s*raw\s*-?%\}([^]*?)\{%-?\s*endraw\s*-?%\}/g;
const LIQUID_HIGHLIGHT_RE = /\{%-?\s*highlight\s+([\w+#.-]+)[^%]*-?%\}([^]*?)\{%-?\s*endhighlight\s*-?%\}/g;
const LIQUID_TAG_RE = /\{%-?\s*(\w+)\s*([^]*?)\s*-?%\}/g;
const LIQUID_OUTPUT_RE = /\{\{-?\s*([^]*?)\s*-?\}\}/g;

function unquote(text: string): string {
  return text.trim().replace(/^(['"])([^]*)\1$/, '$2');
}

/** Jekyll's Liquid: highlight, raw, link, post_url, site.baseurl, relative_url converted; the rest reported. */
export function convertLiquid(body: string, context: TemplateContext): Converted {
  const left: string[] = [];
  let converted = 0;
  const kept: string[] = [];
  const keep = (text: string) => {
    kept.push(text);
    return `\uE000${kept.length - 1}\uE000`;
  };
  let text = body.replace(LIQUID_RAW_RE, (_all, inner: string) => {
    converted++;
    return keep(inner);
  });
  text = text.replace(LIQUID_HIGHLIGHT_RE, (_all, language: string, code: string) => {
    converted++;
    return keep(fence(language, code));
  });
  text = text.replace(LIQUID_TAG_RE, (all, name: string, args: string) => {
    if (name === 'link' || name === 'post_url') {
      const target = context.resolve(name === 'post_url' ? `post_url:${unquote(args)}` : unquote(args));
      if (target !== undefined) {
        converted++;
        return target;
      }
    }
    left.push(all);
    return all;
  });
  text = text.replace(LIQUID_OUTPUT_RE, (all, expression: string) => {
    const [subject = '', ...filters] = expression.split('|').map((part) => part.trim());
    const plainFilters = filters.every((filter) =>
      /^(relative_url|absolute_url|prepend:\s*site\.baseurl)$/.test(filter),
    );
    if (/^site\.baseurl$/.test(subject) && filters.length === 0) {
      converted++;
      return '';
    }
    if (/^site\.url$/.test(subject) && filters.length === 0 && context.origin !== undefined) {
      converted++;
      return context.origin;
    }
    if (/^(['"])[^'"]*\1$/.test(subject) && filters.length > 0 && plainFilters) {
      converted++;
      const path = unquote(subject);
      return path.startsWith('/') || /^[a-z]+:/i.test(path) ? path : `/${path}`;
    }
    left.push(all);
    return all;
  });
  text = text.replace(/\uE000(\d+)\uE000/g, (_all, index: string) => kept[Number(index)] ?? '');
  return { body: text, converted, left };
}

const ZOLA_INLINE_RE = /\{\{\s*([\w-]+)\(([^]*?)\)\s*\}\}/g;
const ZOLA_BODY_RE = /\{%\s*[\w-]+\([^]*?\)\s*%\}/g;
const ZOLA_ARGUMENT_RE = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^,\s]+))/g;

/** `key="value", key=3` arguments of a Zola shortcode call. */
function zolaArguments(text: string): Map<string, string> {
  const named = new Map<string, string>();
  for (const match of text.matchAll(ZOLA_ARGUMENT_RE))
    named.set(match[1] ?? '', match[2]?.replace(/\\(.)/g, '$1') ?? match[3] ?? match[4] ?? '');
  return named;
}

/**
 * Zola has no shortcodes of its own, but sites commonly write an image one (`figure(image=…,
 * alt=…, caption=…)`) and a `youtube(id=…)`: those become a Markdown image with its caption and
 * the video embed. A path without a leading `/` is read as Zola reads it, from content/, so it
 * becomes the address the file was served at, which the link rewriting then maps. Every other
 * shortcode is reported and left visible; code samples are left alone.
 */
export function convertZola(body: string): Converted {
  const left: string[] = [];
  let converted = 0;
  const text = editProse(body, (prose) =>
    prose.replace(ZOLA_INLINE_RE, (all, name: string, args: string) => {
      const named = zolaArguments(args);
      const src = named.get('image') ?? named.get('src') ?? named.get('path') ?? named.get('file');
      if (IMAGE_SHORTCODE_RE.test(name) && src !== undefined && src !== '') {
        converted++;
        const address = src.startsWith('/') || src.startsWith('.') || urlScheme(src) !== undefined ? src : `/${src}`;
        const caption = named.get('caption') ?? named.get('title') ?? '';
        return markdownImage(address, named.get('alt') ?? caption, caption);
      }
      const id = named.get('id');
      if (name === 'youtube' && id !== undefined && id !== '') {
        converted++;
        return youtube(id, named.get('title') ?? 'YouTube video');
      }
      left.push(all);
      return all;
    }),
  );
  editProse(text, (prose) => {
    left.push(...[...prose.matchAll(ZOLA_BODY_RE)].map(([code]) => code));
    return prose;
  });
  return { body: text, converted, left };
}

/** `{{ … }}` or `{% … %}` left in an Astro post is text, not code; nothing to convert. */
export function noTemplates(body: string): Converted {
  return { body, converted: 0, left: [] };
}
