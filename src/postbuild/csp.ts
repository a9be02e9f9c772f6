import { createHash } from 'node:crypto';

/** The CSP source that allows exactly this inline script, e.g. 'sha256-…'. */
export function scriptHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}

// Astro writes both elements itself, always in these forms; reading them needs no HTML parser.
const INLINE_SCRIPT_RE = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;
const CSP_META_RE = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The hashes of the inline scripts a page runs (JSON-LD and external scripts need none). */
function inlineScriptHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, attributes = '', source = ''] of html.matchAll(INLINE_SCRIPT_RE)) {
    if (/\ssrc=/i.test(attributes) || /type="application\/(ld\+)?json"/i.test(attributes)) continue;
    hashes.add(`'${scriptHash(source)}'`);
  }
  return hashes;
}

/**
 * Astro's policy lists the hash of every inline script of the whole build on
 * every page; each page keeps only the hashes of the scripts it carries.
 */
export function pruneScriptHashes(html: string): string {
  const carried = inlineScriptHashes(html);
  return html.replace(CSP_META_RE, (_match, open: string, policy: string, close: string) => {
    const pruned = policy
      .split(';')
      .map((part) => {
        const [name = '', ...sources] = part.trim().split(/\s+/);
        if (name !== 'script-src') return part;
        return ` ${[name, ...sources.filter((source) => !source.startsWith("'sha256-") || carried.has(source))].join(' ')}`;
      })
      .join(';');
    return `${open}${pruned}${close}`;
  });
}
