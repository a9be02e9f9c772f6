/**
 * After the build, every link and image in every post body must lead somewhere
 * in the built site; otherwise the build fails naming the post's file and the
 * link. Links in Markdown are written by hand and are not base-path aware, so
 * this is also what catches a root-relative link that breaks under /blog/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brokenReferences, filesUnder, idsReader, referencesInHtml, urlOf, type BuiltSite } from './built-pages';
import { postsDirectory } from '../loaders/posts-dir';
import { SEARCH_BODY_ATTRIBUTE } from '../search/index-options';

const LOCAL_ORIGIN = 'http://site.invalid';

/** The source file of a post, for the error message. */
function sourceOf(slug: string): string {
  const dir = postsDirectory();
  const candidates = [`${slug}.md`, `${slug}.mdx`, `${slug}/index.md`, `${slug}/index.mdx`].map((name) =>
    join(dir, name),
  );
  return relative(process.cwd(), candidates.find((file) => existsSync(file)) ?? join(dir, slug));
}

// A post's own text runs from the element marked for the search index to the end of the article.
const POST_BODY_RE = new RegExp(`${SEARCH_BODY_ATTRIBUTE}[\\s\\S]*?</article>`);

export function brokenPostLinks(built: BuiltSite, siteOrigin: string): string[] {
  const postPage = new RegExp(`^${built.base}posts/([^/]+)/$`);
  // One reader for the whole check: a page many posts link into is read once, not once per post.
  const idsOf = idsReader();
  return filesUnder(built.dir).flatMap((file) => {
    if (!file.endsWith('index.html')) return [];
    const url = urlOf(file, built);
    const slug = postPage.exec(url)?.[1];
    if (slug === undefined || /^\d{4}$/.test(slug)) return [];
    const body = POST_BODY_RE.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
    const broken = brokenReferences(
      referencesInHtml(body),
      new URL(url, LOCAL_ORIGIN),
      built,
      [LOCAL_ORIGIN, siteOrigin],
      idsOf,
    );
    return broken.map((reference) => `${sourceOf(slug)}: ${reference}`);
  });
}

/** Fails naming every post link that leads nowhere in the built site. */
export function checkPostLinks(built: BuiltSite, siteOrigin: string): void {
  const broken = brokenPostLinks(built, siteOrigin);
  if (broken.length > 0) {
    throw new Error(`Posts link to pages or images that do not exist:\n  ${broken.join('\n  ')}`);
  }
}
