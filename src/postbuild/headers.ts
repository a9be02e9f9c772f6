/**
 * The `_headers` file that Cloudflare Pages and Netlify read: caching by how a
 * file is named, and security headers for every response. Also parsed back
 * here, so the browser tests can serve dist/ the way those hosts would.
 */

export type HeaderRules = { pattern: string; headers: [string, string][] }[];

/** Unions several CSP policies: every source any page needs, per directive, in first-seen order. */
export function mergeCsp(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (name === undefined || name === '') continue;
      const known = directives.get(name) ?? new Set<string>();
      for (const source of sources) known.add(source);
      directives.set(name, known);
    }
  }
  return [...directives.entries()].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Cloudflare Pages ignores a `_headers` line longer than this. */
export const HEADER_LINE_LIMIT = 2000;
const EMBED_DIRECTIVES = new Set(['img-src', 'media-src', 'frame-src']);

/**
 * The site-wide header policy is the union of every page's policy, and each
 * page's own <meta> policy still admits only what that page embeds (a browser
 * enforces both). When the union of embed origins would make the header line
 * too long for Cloudflare Pages, the header admits any https: origin for
 * images, media and frames instead; the per-page <meta> keeps the exact list.
 */
export function fitCsp(csp: string, limit = HEADER_LINE_LIMIT): string {
  const line = (policy: string) => `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`;
  if (line(csp).length <= limit) return csp;
  const fitted = csp
    .split(';')
    .map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      if (!EMBED_DIRECTIVES.has(name)) return part.trim();
      return [name, ...sources.filter((source) => !/^https?:\/\//.test(source)), 'https:'].join(' ');
    })
    .join('; ');
  if (line(fitted).length > limit) {
    throw new Error(
      `The Content-Security-Policy header needs ${line(fitted).length} characters; Cloudflare Pages reads at most ${limit}`,
    );
  }
  return fitted;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';
const SOCIAL_CARD = 'public, max-age=86400';

// Pagefind names its index chunks and per-build metadata by content hash; the rest keep fixed names.
const HASHED_PAGEFIND_FILE = /_[0-9a-f]{8,}\.pf_meta$/;

export interface HeadersInput {
  /** Base path, "/" or "/blog/". */
  base: string;
  /** The Content-Security-Policy every page may need. */
  csp: string;
  /** File names at the top of the Pagefind bundle directory. */
  pagefindFiles: readonly string[];
}

export function headerRules({ base, csp, pagefindFiles }: HeadersInput): HeaderRules {
  const cache = (pattern: string, value: string) => ({
    pattern: `${base}${pattern}`,
    headers: [['Cache-Control', value]] as [string, string][],
  });
  return [
    {
      pattern: `${base}*`,
      headers: [
        // A <meta> policy cannot forbid framing; the header can.
        ['Content-Security-Policy', `${csp}; frame-ancestors 'none'`],
        ['X-Content-Type-Options', 'nosniff'],
        ['X-Frame-Options', 'DENY'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
        ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
        ['Strict-Transport-Security', 'max-age=31536000'],
      ],
    },
    // Rules below never overlap, so no host has to decide between two Cache-Control values.
    cache('', REVALIDATE),
    ...['posts/*', 'tags/*', 'search/*', '404.html', 'rss.xml', 'atom.xml', 'feed.json', 'sitemap-*'].map((pattern) =>
      cache(pattern, REVALIDATE),
    ),
    cache('_astro/*', IMMUTABLE),
    ...['index/*', 'fragment/*', 'filter/*'].map((dir) => cache(`pagefind/${dir}`, IMMUTABLE)),
    ...pagefindFiles.map((file) => cache(`pagefind/${file}`, HASHED_PAGEFIND_FILE.test(file) ? IMMUTABLE : REVALIDATE)),
    cache('og/*', SOCIAL_CARD),
  ];
}

export function formatHeaders(rules: HeaderRules): string {
  return `${rules.map(({ pattern, headers }) => [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n\n')}\n`;
}

export function parseHeaders(text: string): HeaderRules {
  const rules: HeaderRules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const separator = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

/** The headers a path gets: those of every rule whose pattern matches it ("*" matches anything). */
export function headersFor(rules: HeaderRules, pathname: string): Record<string, string> {
  const matched: Record<string, string> = {};
  for (const { pattern, headers } of rules) {
    const expression = new RegExp(
      `^${pattern
        .split('*')
        .map((part) => RegExp.escape(part))
        .join('.*')}$`,
    );
    if (expression.test(pathname)) for (const [name, value] of headers) matched[name] = value;
  }
  return matched;
}
