import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPosts } from '../../../lib/content';
import { bundleFiles, bundleFolder } from '../../../lib/page-bundles';

/**
 * Page bundles: every file beside a folder post is published unchanged at
 * /posts/<slug>/<path>, so raw HTML (<img src="chart.png">, <video>, links to a
 * PDF) finds it. Only the posts this build shows publish their files.
 */
export const getStaticPaths = (async () => {
  const posts = await getPosts();
  return posts.flatMap((post) => {
    const folder = post.filePath === undefined ? undefined : bundleFolder(post.filePath);
    if (folder === undefined) return [];
    return bundleFiles(folder).map((file) => ({
      params: { slug: post.id, file },
      props: { path: join(folder, file) },
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = async ({ props }) => new Response(await readFile(props.path));
