/**
 * Zola: posts are the pages of sections under content/ (a section is a folder
 * with `_index.md`), single files or folders with `index.md` and assets.
 * A page lives at its section's path plus its slug (the file name without a
 * leading date), unless `path` says otherwise; `aliases` are kept.
 */
import { join } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import type { SourcePost, SourceSite } from '../source.ts';
import { convertZola } from '../template-code.ts';
import { walkFiles } from '../walk.ts';
import {
  baseName,
  originAndBase,
  postDate,
  readConfig,
  readPostFile,
  sitePath,
  staticFilesOf,
  stringList,
  table,
  text,
  withoutDatePrefix,
} from './common.ts';

/** Zola slugifies paths by default ("on"): lower case, words joined by hyphens. */
function zolaSlug(name: string): string {
  return githubSlug(name).replace(/-{2,}/g, '-');
}

export function readZola(root: string): SourceSite {
  const config = readConfig(root, ['config.toml', 'zola.toml']);
  if (config === undefined) throw new Error(`no Zola config (config.toml) in ${root}`);
  const { origin, basePath } = originAndBase(config.base_url);
  const walked = walkFiles(join(root, 'content'), root);
  const skipped = walked.refused.map((file) => ({
    file: `content/${file}`,
    reason: 'a symbolic link to outside the site; not followed',
  }));
  const bundles = walked.files
    .filter((file) => /(^|\/)index\.md$/.test(file))
    .map((file) => file.replace(/\/?index\.md$/, ''));
  const posts: SourcePost[] = [];
  const pagePaths = new Set<string>();
  const references = new Map<string, string>();

  for (const file of walked.files) {
    if (!file.endsWith('.md')) continue;
    const bundle = bundles.find((dir) => dir !== '' && file.startsWith(`${dir}/`));
    if (bundle !== undefined && file !== `${bundle}/index.md`) continue;
    const relFile = `content/${file}`;
    if (/(^|\/)_index\.md$/.test(file)) {
      references.set(file, `/${file.replace(/_index\.md$/, '')}`);
      continue;
    }
    const sectionPath = (bundle ?? file).split('/').slice(0, -1);
    const fileName = bundle !== undefined ? (bundle.split('/').pop() ?? bundle) : baseName(file);
    const read = readPostFile(root, relFile);
    if (!read.ok) {
      skipped.push({ file: relFile, reason: read.reason });
      continue;
    }
    const { data, body } = read;
    const slug = text(data.slug) ?? withoutDatePrefix(fileName);
    const path = text(data.path);
    const oldPath =
      path !== undefined
        ? sitePath(path.endsWith('/') ? path : `${path}/`)
        : `/${[...sectionPath.map(zolaSlug), zolaSlug(slug)].join('/')}/`;
    references.set(file, oldPath);
    const date = postDate(data, fileName, oldPath);
    // A dated page is a post wherever it is (some blogs keep posts at the top of content/); an undated one is a page.
    if (date === undefined) {
      pagePaths.add(oldPath);
      skipped.push({ file: relFile, reason: 'no date in its front matter, file name or path (a page, not a post)' });
      continue;
    }
    const taxonomies = table(data.taxonomies);
    posts.push({
      file: relFile,
      extension: 'md',
      data,
      body,
      name: slug,
      date,
      oldPaths: [oldPath, ...stringList(data.aliases).map((alias) => sitePath(alias))],
      bundleDir: bundle === undefined ? undefined : `content/${bundle}`,
      extraTags: [...stringList(taxonomies.tags), ...stringList(taxonomies.categories)],
      draftByLocation: false,
      usedFields: ['path', 'slug', 'aliases', 'taxonomies'],
    });
  }

  const refused: string[] = [];
  const staticFiles = staticFilesOf(root, 'static', refused);
  skipped.push(...refused.map((file) => ({ file, reason: 'a symbolic link to outside the site; not followed' })));
  return {
    kind: 'zola',
    root,
    origin,
    basePath,
    posts,
    staticFiles,
    pagePaths,
    skipped,
    resolveReference(reference) {
      const [path = '', anchor] = reference.replace(/^@\//, '').split('#');
      const target = references.get(path);
      return target === undefined ? undefined : `${target}${anchor === undefined ? '' : `#${anchor}`}`;
    },
    convertTemplates: convertZola,
    aliasedFile: () => undefined,
  };
}
