/**
 * Jekyll: posts are `_posts/YYYY-MM-DD-title.md` (also under a category folder,
 * `linux/_posts/…`), drafts are `_drafts/`. Addresses come from `permalink` in
 * the post or the config (a style name or a pattern), plus `redirect_from`.
 * Every file outside `_`-folders without front matter is served as it is.
 */
import { openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { cleanPath, jekyllPermalink } from '../permalinks.ts';
import type { SourcePost, SourceSite } from '../source.ts';
import { convertLiquid } from '../template-code.ts';
import { walkFiles } from '../walk.ts';
import {
  baseName,
  originAndBase,
  postDate,
  readConfig,
  readPostFile,
  sitePath,
  stringList,
  text,
  withoutDatePrefix,
} from './common.ts';

const POST_FILE_RE = /\.(md|markdown|mkdn|mkd|mdown|html)$/i;
/** Never part of the built site (Jekyll's own default excludes, and tooling). */
const NEVER_SERVED = new Set([
  'Gemfile',
  'Gemfile.lock',
  'node_modules',
  'vendor',
  'package.json',
  'package-lock.json',
  'Rakefile',
  'README.md',
  'LICENSE',
  'CNAME',
]);

function hasFrontMatter(root: string, file: string): boolean {
  const handle = openSync(join(root, file), 'r');
  try {
    const start = Buffer.alloc(4);
    readSync(handle, start, 0, 4, 0);
    return /^(\uFEFF)?---/.test(start.toString('utf8'));
  } finally {
    closeSync(handle);
  }
}

export function readJekyll(root: string): SourceSite {
  const config = readConfig(root, ['_config.yml', '_config.yaml', '_config.toml']);
  if (config === undefined) throw new Error(`no Jekyll config (_config.yml) in ${root}`);
  const { origin } = originAndBase(config.url);
  const baseurl = text(config.baseurl) ?? '';
  const basePath = cleanPath(`${baseurl}/`);
  const permalinkStyle = text(config.permalink) ?? 'date';
  const excluded = new Set([...stringList(config.exclude), ...NEVER_SERVED]);

  const walked = walkFiles(root, root, (name) => name === '_site' || excluded.has(name));
  const skipped = walked.refused.map((file) => ({ file, reason: 'a symbolic link to outside the site; not followed' }));
  const posts: SourcePost[] = [];
  const pagePaths = new Set<string>();
  const staticFiles = new Map<string, string>();
  const references = new Map<string, string>();

  for (const file of walked.files) {
    const folders = file.split('/').slice(0, -1);
    const postsAt = folders.findIndex((folder) => folder === '_posts' || folder === '_drafts');
    if (postsAt >= 0) {
      if (!POST_FILE_RE.test(file)) {
        // Files kept beside posts in _posts are not published by Jekyll either.
        continue;
      }
      const read = readPostFile(root, file);
      if (!read.ok) {
        skipped.push({ file, reason: read.reason });
        continue;
      }
      const { body } = read;
      // Jekyll reads a string of tags or categories as a space-separated list.
      const data: Record<string, unknown> = {
        ...read.data,
        tags: stringList(read.data.tags, /\s+/),
        categories: stringList(read.data.categories, /\s+/),
      };
      const fileName = baseName(file);
      const date = postDate(data, fileName, '');
      if (date === undefined) {
        skipped.push({ file, reason: 'no date in its front matter or file name' });
        continue;
      }
      // Folders above _posts are categories; folders inside it only organise files.
      const folderCategories = folders.slice(0, postsAt);
      const categories = [
        ...folderCategories,
        ...stringList(data.categories, /\s+/),
        ...stringList(data.category, /\s+/),
      ];
      const title = withoutDatePrefix(fileName);
      const slug = text(data.slug);
      const permalink = text(data.permalink);
      const oldPath =
        permalink !== undefined
          ? sitePath(permalink)
          : jekyllPermalink(permalinkStyle, { date, title: '', slug, fileName: title, sections: [], categories });
      references.set(`post_url:${file.slice(file.indexOf('_posts/') + 7).replace(/\.[^.]+$/, '')}`, oldPath);
      references.set(`post_url:${fileName}`, oldPath);
      references.set(file, oldPath);
      const isHtml = file.endsWith('.html');
      posts.push({
        file,
        extension: 'md',
        data,
        body: isHtml ? body.replace(/^[ \t]+/gm, '') : body,
        name: slug ?? title,
        date,
        oldPaths: [oldPath, ...stringList(data.redirect_from).map((path) => sitePath(path))],
        bundleDir: undefined,
        extraTags: folderCategories,
        draftByLocation: folders[postsAt] === '_drafts',
        usedFields: ['permalink', 'slug', 'redirect_from', 'category', 'layout'],
      });
      continue;
    }
    if (folders.some((folder) => folder.startsWith('_')) || file.startsWith('_')) continue;
    if (hasFrontMatter(root, file)) {
      const read = readPostFile(root, file);
      const permalink = read.ok ? text(read.data.permalink) : undefined;
      const path =
        permalink ?? `/${file.replace(/\.(md|markdown|html)$/i, '.html').replace(/(^|\/)index\.html$/, '$1')}`;
      pagePaths.add(sitePath(path));
      references.set(file, sitePath(path));
    } else {
      staticFiles.set(`/${file}`, file);
      references.set(file, `/${file}`);
    }
  }

  return {
    kind: 'jekyll',
    root,
    origin,
    basePath,
    posts,
    staticFiles,
    pagePaths,
    skipped,
    resolveReference: (reference) => references.get(reference.replace(/^\/+/, '')) ?? references.get(reference),
    convertTemplates: convertLiquid,
    aliasedFile: () => undefined,
  };
}
