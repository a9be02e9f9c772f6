/**
 * Hugo: posts are the regular pages under content/ in a section (content/posts/,
 * content/blog/2019/…), single files or leaf bundles (a folder with index.md and
 * its resources). Addresses come from `url`, the `[permalinks]` rules or the
 * section path; `aliases` are kept. static/ is served at the root.
 */
import { join } from 'node:path';
import type { DelimiterPair, MathDelimiters } from '../browser-math.ts';
import { hugoPermalink } from '../permalinks.ts';
import type { SourcePost, SourceSite } from '../source.ts';
import { convertHugo } from '../template-code.ts';
import { walkFiles } from '../walk.ts';
import {
  baseName,
  DATE_FIELDS,
  originAndBase,
  postDate,
  POST_EXTENSIONS,
  readConfig,
  readPostFile,
  sitePath,
  staticFilesOf,
  stringList,
  table,
  text,
  withoutDatePrefix,
} from './common.ts';

const CONFIG_NAMES = [
  'hugo.toml',
  'hugo.yaml',
  'hugo.yml',
  'hugo.json',
  'config.toml',
  'config.yaml',
  'config.yml',
  'config.json',
];

const CONFIG_EXTENSIONS = ['toml', 'yaml', 'yml', 'json'];

function hugoConfig(root: string): Record<string, unknown> {
  const config =
    readConfig(root, CONFIG_NAMES) ??
    readConfig(
      root,
      CONFIG_NAMES.map((name) => `config/_default/${name}`),
    );
  if (config === undefined) throw new Error(`no Hugo config (${CONFIG_NAMES.slice(0, 5).join(', ')}…) in ${root}`);
  const permalinks = readConfig(
    root,
    CONFIG_EXTENSIONS.map((ext) => `config/_default/permalinks.${ext}`),
  );
  return permalinks ? { ...config, permalinks: { ...(config.permalinks as object), ...permalinks } } : config;
}

/** The permalink pattern of a section: `[permalinks] posts = …` or Hugo ≥ 0.120's `[permalinks.page] posts = …`. */
function permalinkPattern(config: Record<string, unknown>, section: string): string | undefined {
  const rules = config.permalinks;
  if (typeof rules !== 'object' || rules === null) return undefined;
  const table = rules as Record<string, unknown>;
  const page = table.page as Record<string, unknown> | undefined;
  return text(page?.[section]) ?? text(table[section]);
}

const isPair = (value: unknown): value is DelimiterPair =>
  Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string' && part !== '');

/**
 * The delimiters of Goldmark's passthrough extension, which Hugo's docs give for math: what they
 * enclose reaches the page as written, for MathJax or KaTeX. In the config's `[markup]` or in
 * config/_default/markup.toml.
 */
function passthroughMath(root: string, config: Record<string, unknown>): MathDelimiters | undefined {
  const markup =
    config.markup ??
    readConfig(
      root,
      CONFIG_EXTENSIONS.map((ext) => `config/_default/markup.${ext}`),
    );
  const passthrough = table(table(table(table(markup).goldmark).extensions).passthrough);
  if (passthrough.enable !== true) return undefined;
  const delimiters = table(passthrough.delimiters);
  const pairs = (value: unknown) => (Array.isArray(value) ? value.filter(isPair) : []);
  return { inline: pairs(delimiters.inline), block: pairs(delimiters.block), escaped: false };
}

/** Front-matter keys whose documented spelling is not all lower case. */
const CAMEL_CASE_KEYS = ['publishDate', 'expiryDate', 'linkTitle'];

/**
 * Hugo reads front-matter keys whatever their case (`Title`, `Tags`, `Url`, as older sites wrote
 * them); here they take the spelling the importer reads. A key already so spelled wins.
 */
function hugoKeys(data: Record<string, unknown>): Record<string, unknown> {
  const spelled: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const name = CAMEL_CASE_KEYS.find((known) => known.toLowerCase() === key.toLowerCase()) ?? key.toLowerCase();
    if (!(name in spelled) || key === name) spelled[name] = value;
  }
  return spelled;
}

/**
 * The pages the site's menus link to (`[[menus.main]]` with `pageRef` or `url`, under `menu` or
 * `menus`), as content paths without slashes: `cv`, `about`.
 */
function menuPages(config: Record<string, unknown>): Set<string> {
  const pages = new Set<string>();
  for (const menus of [config.menu, config.menus])
    for (const entries of Object.values(table(menus)))
      for (const entry of Array.isArray(entries) ? entries : []) {
        const target = text(table(entry).pageRef) ?? text(table(entry).url);
        if (target !== undefined)
          pages.add(
            target
              .replace(/^\/+|\/+$/g, '')
              .replace(/\.[^./]+$/, '')
              .toLowerCase(),
          );
      }
  return pages;
}

export function readHugo(root: string): SourceSite {
  const config = hugoConfig(root);
  const { origin, basePath } = originAndBase(config.baseURL ?? config.baseurl);
  const contentDir = text(config.contentDir) ?? 'content';
  const refused: string[] = [];
  const walked = walkFiles(join(root, contentDir), root);
  refused.push(...walked.refused.map((file) => `${contentDir}/${file}`));
  const bundles = walked.files
    .filter((file) => /(^|\/)index\.(md|markdown|mdx)$/i.test(file))
    .map((file) => file.replace(/\/?index\.[^/]+$/, ''));
  const bundleOf = (file: string) => bundles.find((dir) => dir !== '' && file.startsWith(`${dir}/`));

  const menus = menuPages(config);
  const posts: SourcePost[] = [];
  const pagePaths = new Set<string>();
  const skipped = refused.map((file) => ({ file, reason: 'a symbolic link to outside the site; not followed' }));
  const references = new Map<string, string>();

  for (const file of walked.files) {
    if (!POST_EXTENSIONS.test(file) || /(^|\/)_index\.[^/]+$/.test(file)) continue;
    const bundle = bundleOf(file);
    const isBundleIndex =
      bundle !== undefined && file === `${bundle}/${file.split('/').pop() ?? ''}` && /\/index\.[^/]+$/.test(file);
    if (bundle !== undefined && !isBundleIndex) continue;
    const relFile = `${contentDir}/${file}`;
    const sectionPath = (bundle ?? file).split('/').slice(0, -1);
    const fileName = bundle !== undefined ? (bundle.split('/').pop() ?? bundle) : baseName(file);
    const read = readPostFile(root, relFile);
    if (!read.ok) {
      skipped.push({ file: relFile, reason: read.reason });
      continue;
    }
    const { body } = read;
    const data = hugoKeys(read.data);
    const slug = text(data.slug);
    const defaultPath = `/${[...sectionPath, slug ?? fileName].join('/')}/`.toLowerCase();
    const url = text(data.url);
    const headless = data.headless === true || (data._build as { render?: unknown } | undefined)?.render === 'never';
    const date = postDate(data, fileName, url ?? defaultPath);
    // The page as `ref` and menus name it: its path under content/, without extension.
    const key = (bundle ?? file.replace(/\.[^.]+$/, '')).toLowerCase();
    // Some sites keep their posts at the top of content/ beside about and CV pages: a dated page
    // there is a post unless a menu links it (from the config, or its own `menu` field).
    const isPage =
      sectionPath.length === 0 &&
      (DATE_FIELDS.every((field) => data[field] === undefined) ||
        data.menu !== undefined ||
        data.menus !== undefined ||
        menus.has(key));
    const reason = isPage
      ? 'a page at the top of the site, not a post (no date in its front matter, or in a menu)'
      : headless
        ? 'a headless page (never rendered)'
        : date === undefined
          ? 'no date in its front matter, file name or path'
          : undefined;
    const oldPath =
      url !== undefined
        ? sitePath(url)
        : date !== undefined && permalinkPattern(config, sectionPath[0] ?? '') !== undefined
          ? hugoPermalink(permalinkPattern(config, sectionPath[0] ?? '') ?? '', {
              date,
              title: text(data.title) ?? fileName,
              slug,
              fileName,
              sections: sectionPath,
              categories: [],
            })
          : defaultPath;
    references.set(key, oldPath);
    if (!references.has(fileName.toLowerCase())) references.set(fileName.toLowerCase(), oldPath);
    if (reason !== undefined || date === undefined) {
      pagePaths.add(oldPath);
      skipped.push({ file: relFile, reason: reason ?? 'no date' });
      continue;
    }
    const aliases = stringList(data.aliases).map((alias) => sitePath(alias, `/${sectionPath.join('/')}`));
    posts.push({
      file: relFile,
      extension: file.endsWith('.mdx') ? 'mdx' : 'md',
      data,
      body,
      name: slug ?? withoutDatePrefix(fileName),
      date,
      oldPaths: [oldPath, ...aliases],
      bundleDir: bundle === undefined ? undefined : `${contentDir}/${bundle}`,
      extraTags: [],
      draftByLocation: false,
      usedFields: ['url', 'slug', 'aliases'],
    });
  }

  const staticDirs = stringList(config.staticDir ?? 'static');
  const staticFiles = new Map<string, string>();
  for (const dir of staticDirs)
    for (const [path, file] of staticFilesOf(root, dir, refused)) staticFiles.set(path, file);
  for (const file of refused.filter((file) => !skipped.some((entry) => entry.file === file)))
    skipped.push({ file, reason: 'a symbolic link to outside the site; not followed' });

  return {
    kind: 'hugo',
    root,
    origin,
    basePath,
    posts,
    staticFiles,
    pagePaths,
    skipped,
    passthroughMath: passthroughMath(root, config),
    resolveReference(reference) {
      const [path = '', anchor] = reference.split('#');
      const key = path
        .replace(/^\/+/, '')
        .replace(new RegExp(`^${contentDir}/`), '')
        .replace(/\/?(_?index)?\.(md|markdown|mdx)$/i, '')
        .replace(/\/+$/, '')
        .toLowerCase();
      const target = references.get(key) ?? references.get(key.split('/').pop() ?? key);
      if (path === '' && anchor !== undefined) return `#${anchor}`;
      return target === undefined ? undefined : `${target}${anchor === undefined ? '' : `#${anchor}`}`;
    },
    convertTemplates: convertHugo,
    aliasedFile: () => undefined,
  };
}
