/**
 * Writes dist/_headers for hosts that read it (Cloudflare Pages, Netlify):
 * long caching for fingerprinted files, revalidation for pages and Pagefind's
 * fixed-name entry files, and security headers, including one
 * Content-Security-Policy that admits what any page's own policy admits.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, type BuiltSite } from './built-pages';
import type { PostBuildLogger } from './pipeline';
import { fitCsp, formatHeaders, headerRules, mergeCsp } from './headers';

// Astro writes this element itself, always in this form; reading it needs no HTML parser.
const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

function pagePolicies(dir: string): string[] {
  return filesUnder(dir)
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) => CSP_META.exec(readFileSync(file, 'utf8'))?.[1] ?? []);
}

/** Writes `_headers` at the top of the built site. */
export function writeHeadersFile({ dir, base }: BuiltSite, logger: PostBuildLogger): void {
  const pagefind = join(dir, 'pagefind');
  const pagefindFiles = readdirSync(pagefind).filter((name) => statSync(join(pagefind, name)).isFile());
  const rules = headerRules({ base, csp: fitCsp(mergeCsp(pagePolicies(dir))), pagefindFiles });
  writeFileSync(join(dir, '_headers'), formatHeaders(rules));
  logger.info(`Wrote _headers: ${rules.length} rules`);
}
