/**
 * Astro blogs (the official blog starter, AstroPaper and their kin): posts are
 * Markdown/MDX files of a content collection (src/content/blog/, src/data/blog/…)
 * served by a dynamic route such as src/pages/posts/[...slug].astro. A post's
 * address is that route's folder plus its id (its path, slugified) or `slug`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import type { SourcePost, SourceSite } from '../source.ts';
import { noTemplates } from '../template-code.ts';
import { walkFiles } from '../walk.ts';
import { baseName, originAndBase, postDate, readPostFile, sitePath, staticFilesOf, text } from './common.ts';
import { cleanPath } from '../permalinks.ts';

const CONFIG_NAMES = ['astro.config.mjs', 'astro.config.ts', 'astro.config.mts', 'astro.config.js', 'astro.config.cjs'];
const SITE_CONSTANTS = ['src/config.ts', 'src/consts.ts', 'src/site.config.ts', 'src/config.js', 'src/site.ts'];
const COLLECTION_DIRS = [
  'src/data/blog',
  'src/content/blog',
  'src/content/posts',
  'src/content/post',
  'src/content/articles',
];
const ROUTE_RE = /(^|\/)\[(\.\.\.)?(slug|id|post|path)\](\/index)?\.astro$/;
const PREFERRED_ROUTES = ['posts', 'blog', 'post', 'articles', 'writing'];

function readText(root: string, file: string): string {
  const path = join(root, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** The string a config sets for a key (`site: "https://…"`), read without running the config. */
function configString(source: string, key: string): string | undefined {
  return new RegExp(`\\b${key}\\s*:\\s*(['"\`])([^'"\`]+)\\1`).exec(source)?.[2];
}

function collectionDir(root: string): string | undefined {
  const config = readText(root, 'src/content.config.ts') + readText(root, 'src/content/config.ts');
  const bases = [...config.matchAll(/\bbase\s*:\s*(['"`])([^'"`]+)\1/g)].map(([, , base = '']) =>
    base.replace(/^\.\//, '').replace(/\/$/, ''),
  );
  const fromConfig = bases.find((base) => /blog|post|article|writing/i.test(base)) ?? bases[0];
  return [fromConfig, ...COLLECTION_DIRS].find((dir) => dir !== undefined && existsSync(join(root, dir)));
}

function routePrefix(root: string, collection: string): string {
  const routes = walkFiles(join(root, 'src/pages'), root).files.filter((file) => ROUTE_RE.test(file));
  const folders = routes
    .map((file) => file.replace(ROUTE_RE, '').replace(/\/$/, ''))
    .filter((folder) => !/\[|tags|categories/.test(folder));
  return (
    folders.find((folder) => PREFERRED_ROUTES.includes(folder.split('/').pop() ?? '')) ??
    folders[0] ??
    collection.split('/').pop() ??
    'blog'
  );
}

export function readAstro(root: string): SourceSite {
  const configName = CONFIG_NAMES.find((name) => existsSync(join(root, name)));
  if (configName === undefined) throw new Error(`no Astro config (astro.config.mjs/ts) in ${root}`);
  const config = readText(root, configName);
  const constants = SITE_CONSTANTS.map((file) => readText(root, file)).join('\n');
  const { origin } = originAndBase(
    configString(config, 'site') ?? configString(constants, 'website') ?? configString(constants, 'site'),
  );
  const basePath = cleanPath(`${configString(config, 'base') ?? ''}/`);
  const collection = collectionDir(root);
  if (collection === undefined) throw new Error(`no blog collection (${COLLECTION_DIRS.join(', ')}) in ${root}`);
  const prefix = routePrefix(root, collection);
  const walked = walkFiles(join(root, collection), root, (name) => name.startsWith('_'));
  const skipped = walked.refused.map((file) => ({
    file: `${collection}/${file}`,
    reason: 'a symbolic link to outside the site; not followed',
  }));
  const posts: SourcePost[] = [];
  const references = new Map<string, string>();

  for (const file of walked.files) {
    if (!/\.mdx?$/.test(file)) continue;
    const relFile = `${collection}/${file}`;
    const isBundle = /(^|\/)index\.mdx?$/.test(file) && file.includes('/');
    const id = file.replace(/\.mdx?$/, '').replace(/\/index$/, '');
    const read = readPostFile(root, relFile);
    if (!read.ok) {
      skipped.push({ file: relFile, reason: read.reason });
      continue;
    }
    const { data, body } = read;
    const slug = text(data.slug) ?? text(data.postSlug);
    const oldPath = `/${prefix}/${
      slug ??
      id
        .split('/')
        .map((segment) => githubSlug(segment))
        .join('/')
    }/`;
    references.set(file, oldPath);
    const date = postDate(data, baseName(id), '');
    if (date === undefined) {
      skipped.push({ file: relFile, reason: 'no date in its front matter or file name' });
      continue;
    }
    posts.push({
      file: relFile,
      extension: file.endsWith('.mdx') ? 'mdx' : 'md',
      data,
      body,
      name: slug ?? id.split('/').pop() ?? id,
      date,
      oldPaths: [sitePath(oldPath)],
      bundleDir: isBundle ? `${collection}/${id}` : undefined,
      extraTags: [],
      draftByLocation: false,
      usedFields: ['slug', 'postSlug'],
    });
  }

  const refused: string[] = [];
  const staticFiles = staticFilesOf(root, 'public', refused);
  skipped.push(...refused.map((file) => ({ file, reason: 'a symbolic link to outside the site; not followed' })));
  return {
    kind: 'astro',
    root,
    origin,
    basePath,
    posts,
    staticFiles,
    pagePaths: new Set(),
    skipped,
    resolveReference: (reference) => references.get(reference),
    convertTemplates: noTemplates,
    // The `@/` and `~/` import aliases of Astro starters point into src/.
    aliasedFile: (reference) => (/^[@~]\//.exec(reference) ? `src/${reference.slice(2)}` : undefined),
  };
}
