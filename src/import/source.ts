/**
 * What each source reader (Hugo, Jekyll, Zola, Astro) finds in a site: its
 * posts with their old addresses, its static files, and where it lives.
 */
import type { MathDelimiters } from './browser-math.ts';
import type { Converted, TemplateContext } from './template-code.ts';

export type SourceKind = 'hugo' | 'jekyll' | 'zola' | 'astro';

export interface SourcePost {
  /** The post's file, relative to the site root, with forward slashes. */
  file: string;
  extension: 'md' | 'mdx';
  data: Record<string, unknown>;
  body: string;
  /** The name our slug comes from (front-matter slug, else file or folder name without a date). */
  name: string;
  /** Normalised publication date (from the front matter, the file name or the path). */
  date: string;
  /** Site paths the post had, its main address first (without the old base path). */
  oldPaths: string[];
  /** For a page bundle: its folder (relative to the root); every file in it is the post's. */
  bundleDir: string | undefined;
  /** Tags or categories the source gave by location (Jekyll folders above _posts). */
  extraTags: string[];
  /** True when the location says draft (Jekyll's _drafts). */
  draftByLocation: boolean;
  /** Front-matter fields the reader already used (beyond the common ones), so they are not reported as dropped. */
  usedFields: string[];
}

export interface SourceSite {
  kind: SourceKind;
  /** Absolute root of the source site. */
  root: string;
  /** The old site's origin (`https://example.com`), from its config. */
  origin: string | undefined;
  /** The old site's base path (`/` or `/blog/`). */
  basePath: string;
  posts: SourcePost[];
  /** Site path (`/images/a.png`) → file relative to the root, for the static folder(s). */
  staticFiles: Map<string, string>;
  /** Old site paths of pages that are not posts (about, projects…), for reporting links to them. */
  pagePaths: Set<string>;
  skipped: { file: string; reason: string }[];
  /** Math that the site's Markdown engine hands to the browser untouched (Hugo's passthrough extension), when configured. */
  passthroughMath?: MathDelimiters | undefined;
  /** Resolves the names a template tag uses for a post or page (`ref "x.md"`, `post_url`, `@/x.md`) to its old site path. */
  resolveReference(reference: string): string | undefined;
  convertTemplates(body: string, context: TemplateContext): Converted;
  /** The file an import alias in an address names (Astro's `@/assets/x.png`), relative to the root. */
  aliasedFile(reference: string): string | undefined;
}
