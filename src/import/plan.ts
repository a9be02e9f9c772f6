/**
 * Turns what a source reader found into our posts: slugs, aliases, mapped
 * front matter, converted template code and rewritten links, and the files
 * each post keeps beside it. Reads nothing but the source; writes nothing.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import { aliasProblem } from '../lib/aliases.ts';
import { urlScheme } from '../lib/urls.ts';
import { anchorsOf, matchFragment, namedAnchorsToIds, type Anchors } from './anchors.ts';
import { asksForMath, dollarMath, MATHJAX_IN_MARKDOWN, siteLoadsBrowserMath } from './browser-math.ts';
import { plainUnknownLanguages } from './code-languages.ts';
import { dollarsAsText } from './prose-dollars.ts';
import { rewriteLinks } from './links.ts';
import { ASSET_RE, rewriteMdxImports } from './mdx-imports.ts';
import { mapFields } from './map-fields.ts';
import { pathKey } from './permalinks.ts';
import { redirectOnlyTarget } from './redirect-only.ts';
import type { ImportReport } from './report.ts';
import type { SourcePost, SourceSite } from './source.ts';
import { isInside, walkFiles } from './walk.ts';

export interface PlannedPost {
  source: string;
  slug: string;
  /** Path of the post under content/posts/ (`slug.md` or `slug/index.md`). */
  target: string;
  text: string;
  /** Path inside the post's folder → absolute source file. */
  files: Map<string, string>;
}

export interface ImportPlan {
  posts: PlannedPost[];
  /** Path under public/ → absolute source file. */
  publicFiles: Map<string, string>;
}

/** Our own pages' paths; an old address there would shadow a page. */
const RESERVED_RE =
  /^\/(|posts|tags(\/.*)?|search|posts\/\d{4}|rss\.xml|atom\.xml|feed\.json|404|robots\.txt|sitemap-index\.xml)$/;

/** A file's path as an address: spaces and the like escaped, `+`, `&` and `,` left as they read. */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURI(segment).replace(/[?#]/g, encodeURIComponent))
    .join('/');
}

function splitUrl(url: string): { path: string; suffix: string } {
  const at = url.search(/[?#]/);
  return at < 0 ? { path: url, suffix: '' } : { path: url.slice(0, at), suffix: url.slice(at) };
}

function decoded(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

function hostOf(origin: string): string {
  return new URL(origin).host.replace(/^www\./, '');
}

/**
 * Our slugs for the posts. A site with sections or dated folders can hold two posts of one name
 * (`2024/tech-stack/` and `2026/tech-stack/`): the earliest keeps it, a later one gets its year
 * added (else its date, else a number), and the report says so; old addresses stay as aliases.
 */
function assignSlugs(posts: readonly SourcePost[], report: ImportReport): Map<SourcePost, string> {
  const names = new Map<SourcePost, string>();
  for (const post of posts) {
    const slug = githubSlug(post.name);
    if (slug === '' || /^\d{4}$/.test(slug))
      report.skipped.push({
        file: post.file,
        reason: `its name "${post.name}" gives no usable slug (empty or a bare year); give it a slug field`,
      });
    else names.set(post, slug);
  }
  // Every post's own name is reserved, so that a slug made for another never takes it.
  const taken = new Set(names.values());
  const owners = new Map<string, SourcePost>();
  const byDate = [...names].sort(([a], [b]) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
  for (const [post, name] of byDate) if (!owners.has(name)) owners.set(name, post);
  const slugs = new Map<SourcePost, string>();
  for (const [post, name] of names) {
    const owner = owners.get(name);
    if (owner === post || owner === undefined) {
      slugs.set(post, name);
      continue;
    }
    let slug = [`${name}-${post.date.slice(0, 4)}`, `${name}-${post.date.slice(0, 10)}`].find(
      (made) => !taken.has(made),
    );
    for (let n = 2; slug === undefined; n++) if (!taken.has(`${name}-${n}`)) slug = `${name}-${n}`;
    taken.add(slug);
    slugs.set(post, slug);
    report.notes.push(
      `${post.file}: ${owner.file} has the slug "${name}" too, and is older; imported as "${slug}" (give it a slug field to choose another)`,
    );
  }
  return slugs;
}

/** The posts with something to import; a post that only redirects elsewhere is skipped, saying where to. */
function postsWithContent(site: SourceSite, report: ImportReport): SourcePost[] {
  return site.posts.filter((post) => {
    const target = redirectOnlyTarget(post.body);
    if (target === undefined) return true;
    report.skipped.push({
      file: post.file,
      reason: `it only sends readers to ${target || 'another page'} (a meta refresh); nothing to import`,
    });
    return false;
  });
}

export function planImport(site: SourceSite, report: ImportReport): ImportPlan {
  const slugs = assignSlugs(postsWithContent(site, report), report);
  const ownHost = site.origin === undefined ? undefined : hostOf(site.origin);
  const siteMath = siteLoadsBrowserMath(site.root, site.kind);

  // Every old address of every post, and every file of every page bundle, by the path it was served at.
  const postsByPath = new Map<string, string>();
  const aliasesOf = new Map<SourcePost, string[]>();
  for (const [post, slug] of slugs) {
    const aliases: string[] = [];
    for (const path of post.oldPaths) {
      const key = pathKey(path);
      const owner = postsByPath.get(key);
      if (owner !== undefined && owner !== slug) {
        report.notes.push(`${post.file}: its old address ${path} also belongs to /posts/${owner}/; kept there`);
        continue;
      }
      postsByPath.set(key, slug);
      const asServed = path.replace(/index\.html$/, '').replace(/\/?$/, '/');
      if (asServed === `/posts/${slug}/` || aliases.includes(path)) continue;
      const problem = aliasProblem(path);
      if (problem !== undefined) {
        report.notes.push(`${post.file}: its old address ${path} ${problem}; not kept as an alias`);
        continue;
      }
      if (RESERVED_RE.test(key)) {
        report.notes.push(`${post.file}: its old address ${path} is one of our own pages; not kept as an alias`);
        continue;
      }
      aliases.push(path);
    }
    aliasesOf.set(post, aliases);
    report.oldUrlsMapped += aliases.length;
  }
  const bundleFiles = new Map<SourcePost, string[]>();
  const bundleFileByPath = new Map<string, { slug: string; path: string }>();
  for (const [post, slug] of slugs) {
    if (post.bundleDir === undefined) continue;
    const walked = walkFiles(join(site.root, post.bundleDir), site.root);
    for (const refused of walked.refused)
      report.skipped.push({
        file: `${post.bundleDir}/${refused}`,
        reason: 'a symbolic link to outside the site; not followed',
      });
    const files = walked.files.filter((file) => `${post.bundleDir}/${file}` !== post.file);
    bundleFiles.set(post, files);
    const base = (post.oldPaths[0] ?? '/').replace(/[^/]*$/, '');
    for (const file of files) bundleFileByPath.set(decoded(`${base}${file}`), { slug, path: file });
  }

  const anchors = new Map<string, Anchors>();
  for (const [post, slug] of slugs) anchors.set(slug, anchorsOf(post.body));

  const posts: PlannedPost[] = [];
  for (const [post, slug] of slugs) {
    const files = new Map<string, string>();
    for (const file of bundleFiles.get(post) ?? []) files.set(file, join(site.root, post.bundleDir ?? '', file));
    const postDir = dirname(join(site.root, post.file));
    const oldPage = new URL(post.oldPaths[0] ?? '/', 'http://old.invalid');

    /** A path the old site served, as the address it has now, seen from /posts/<slug>/. */
    const fromSitePath = (rawPath: string, suffix: string, original: string): string => {
      const base = site.basePath;
      const path = decoded(base !== '/' && rawPath.startsWith(base) ? `/${rawPath.slice(base.length)}` : rawPath);
      const target = postsByPath.get(pathKey(path));
      if (target !== undefined) {
        const section = sectionOf(target, suffix, original);
        return target === slug && section.startsWith('#') ? section : `../${target}/${section}`;
      }
      const bundled = bundleFileByPath.get(path);
      if (bundled !== undefined)
        return bundled.slug === slug
          ? `./${encodePath(bundled.path)}${suffix}`
          : `../${bundled.slug}/${encodePath(bundled.path)}${suffix}`;
      const staticFile = site.staticFiles.get(path);
      if (staticFile !== undefined) {
        const inside = path.slice(1);
        if (!files.has(inside)) files.set(inside, join(site.root, staticFile));
        return `./${encodePath(inside)}${suffix}`;
      }
      if (site.origin !== undefined) {
        const absolute =
          `${site.origin}${posix.join(base, path)}${path.endsWith('/') && path !== '/' ? '/' : ''}${suffix}`.replace(
            /([^:])\/\/+/g,
            '$1/',
          );
        report.linksToOldSite.push({ file: post.file, url: original });
        return absolute;
      }
      report.linksUnresolved.push({ file: post.file, url: original });
      return original;
    };

    /** Copies a file of the source into the post's folder; its address from the post. */
    const keepBeside = (onDisk: string, suffix: string): string => {
      const name = posix.basename(onDisk);
      if (!files.has(name)) files.set(name, onDisk);
      return `./${encodePath(name)}${suffix}`;
    };
    const isSourceFile = (file: string) => isInside(site.root, file) && existsSync(file) && statSync(file).isFile();

    /** The query and fragment of a link into a post, its fragment mapped to the section id we give. */
    const sectionOf = (target: string, suffix: string, original: string): string => {
      const at = suffix.indexOf('#');
      if (at < 0) return suffix;
      const known = anchors.get(target);
      const id = known === undefined ? undefined : matchFragment(suffix.slice(at + 1), known);
      if (id === undefined)
        report.notes.push(
          `${post.file}: the link ${original} names a section that does not exist; it now leads to the post`,
        );
      return `${suffix.slice(0, at)}${id === undefined ? '' : `#${id}`}`;
    };

    const rewrite = (url: string): string => {
      const trimmed = url.trim();
      if (trimmed === '') return url;
      if (trimmed.startsWith('#')) return sectionOf(slug, trimmed, url) || './';
      const aliased = site.aliasedFile(splitUrl(trimmed).path);
      if (aliased !== undefined && isSourceFile(join(site.root, decoded(aliased)))) {
        return keepBeside(join(site.root, decoded(aliased)), splitUrl(trimmed).suffix);
      }
      if (trimmed.startsWith('@/')) {
        const target = site.resolveReference(trimmed);
        if (target === undefined) {
          report.linksUnresolved.push({ file: post.file, url });
          return url;
        }
        return rewrite(target);
      }
      if (/^(https?:)?\/\//i.test(trimmed)) {
        let parsed: URL;
        try {
          parsed = new URL(trimmed, 'https://x.invalid');
        } catch {
          return url;
        }
        if (ownHost === undefined || parsed.host.replace(/^www\./, '') !== ownHost) return url;
        return fromSitePath(parsed.pathname, parsed.search + parsed.hash, url);
      }
      if (urlScheme(trimmed) !== undefined) return url;
      const { path, suffix } = splitUrl(trimmed);
      if (path.startsWith('/')) return fromSitePath(path, suffix, url);
      // A relative address: first a file beside the post on disk, then a path relative to the old page.
      const onDisk = join(postDir, decoded(path));
      if (path !== '' && isSourceFile(onDisk)) {
        if (post.bundleDir !== undefined && isInside(join(site.root, post.bundleDir), onDisk)) return url;
        return keepBeside(onDisk, suffix);
      }
      const resolved = new URL(path, oldPage);
      return fromSitePath(resolved.pathname, suffix, url);
    };

    const templates = site.convertTemplates(post.body, {
      resolve: (reference) => site.resolveReference(reference),
      origin: site.origin,
    });
    report.templateCodeConverted += templates.converted;
    report.templateCodeLeft.push(
      ...templates.left.map((code) => ({ file: post.file, code: code.replace(/\s+/g, ' ') })),
    );
    // Hugo's passthrough applies to every post; MathJax's own delimiters only where math is loaded.
    const delimiters = site.passthroughMath ?? (siteMath || asksForMath(post.data) ? MATHJAX_IN_MARKDOWN : undefined);
    const math = delimiters ? dollarMath(templates.body, delimiters) : { body: templates.body, converted: 0 };
    report.mathConverted += math.converted;
    // Where the old site set no math, a pair of dollars our parser would set as math is text.
    const dollars =
      delimiters === undefined && post.extension === 'md' ? dollarsAsText(math.body) : { body: math.body, escaped: 0 };
    if (dollars.escaped > 0)
      report.notes.push(
        `${post.file}: ${dollars.escaped} pair${dollars.escaped === 1 ? '' : 's'} of dollar signs our posts would set as math kept as text, as the old site showed ${dollars.escaped === 1 ? 'it' : 'them'}`,
      );
    let rewritten = 0;
    const body = rewriteLinks(dollars.body, (url) => {
      const next = rewrite(url);
      if (next !== url) rewritten++;
      return next;
    });
    report.linksRewritten += rewritten;
    const imports =
      post.extension === 'mdx'
        ? rewriteMdxImports(body, (path) => {
            const file = join(site.root, site.aliasedFile(path) ?? join(dirname(post.file), path));
            if (!ASSET_RE.test(path) || !isSourceFile(file)) return undefined;
            return post.bundleDir !== undefined && isInside(join(site.root, post.bundleDir), file)
              ? path
              : keepBeside(file, '');
          })
        : { body, left: [] };
    report.templateCodeLeft.push(...imports.left.map((code) => ({ file: post.file, code })));
    const fences = plainUnknownLanguages(namedAnchorsToIds(imports.body));
    for (const language of fences.unknown)
      report.notes.push(
        `${post.file}: code in "${language}", a language the highlighter does not know, is now plain text`,
      );

    const mapped = mapFields(post, aliasesOf.get(post) ?? []);
    for (const field of mapped.dropped) report.droppedFields.set(field, (report.droppedFields.get(field) ?? 0) + 1);
    if (mapped.describedFromBody) report.describedFromBody.push(post.file);
    report.notes.push(...mapped.notes);
    const target = files.size > 0 ? `${slug}/index.${post.extension}` : `${slug}.${post.extension}`;
    posts.push({
      source: post.file,
      slug,
      target,
      text: `${mapped.frontMatter}\n${fences.body.replace(/^\s+/, '')}`,
      files,
    });
  }

  const publicFiles = new Map<string, string>();
  for (const [path, file] of site.staticFiles) publicFiles.set(path.slice(1), join(site.root, file));
  return { posts, publicFiles };
}
