import type { AstroConfig } from 'astro';

/** The configured base path, always ending in "/": "/" or "/blog/". */
export function basePath(config: AstroConfig): string {
  return config.base.endsWith('/') ? config.base : `${config.base}/`;
}
