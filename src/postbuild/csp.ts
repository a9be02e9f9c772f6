import { createHash } from 'node:crypto';

/** The CSP source that allows exactly this inline script or style, e.g. 'sha256-…'. */
export function cspHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}

// Astro writes these elements itself, always in these forms; reading them needs no HTML parser.
const INLINE_SCRIPT_RE = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE_RE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;
const CSP_META_RE = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The hashes of the inline scripts a page runs (JSON-LD and external scripts need none). */
function inlineScriptHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, attributes = '', source = ''] of html.matchAll(INLINE_SCRIPT_RE)) {
    if (/\ssrc=/i.test(attributes) || /type="application\/(ld\+)?json"/i.test(attributes)) continue;
    hashes.add(`'${cspHash(source)}'`);
  }
  return hashes;
}

/** The hashes of the `<style>` elements a page carries. */
function inlineStyleHashes(html: string): Set<string> {
  return new Set(Array.from(html.matchAll(INLINE_STYLE_RE), ([, source = '']) => `'${cspHash(source)}'`));
}

/**
 * Astro's policy lists the hash of every inline script and style of the whole
 * build on every page (and of styles it might inline, such as its islands'); each
 * page keeps only the hashes of the scripts and `<style>` elements it carries.
 */
export function pruneUnusedHashes(html: string): string {
  const styles = inlineStyleHashes(html);
  const carried: Record<string, Set<string>> = {
    'script-src': inlineScriptHashes(html),
    'style-src': styles,
    'style-src-elem': styles,
  };
  return html.replace(CSP_META_RE, (_match, open: string, policy: string, close: string) => {
    const pruned = policy
      .split(';')
      .map((part) => {
        const [name = '', ...sources] = part.trim().split(/\s+/);
        const kept = carried[name];
        if (!kept) return part;
        return ` ${[name, ...sources.filter((source) => !source.startsWith("'sha256-") || kept.has(source))].join(' ')}`;
      })
      .join(';');
    return `${open}${pruned}${close}`;
  });
}
