/**
 * `npm run new -- "Title"`: writes content/posts/<slug>.md as a draft dated
 * today, and refuses to overwrite a post that already has that slug.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { existingPostFiles, newPost } from '../lib/new-post.ts';
import { postsDirectory } from '../loaders/posts-dir.ts';
import { site } from '../site.config.ts';
import { errorMessage } from '../lib/error-message.ts';

try {
  const post = newPost(process.argv.slice(2).join(' '), new Date(), site.timezone);
  const dir = postsDirectory();
  const taken = existingPostFiles(post.slug)
    .map((name) => join(dir, name))
    .find((file) => existsSync(file));
  if (taken)
    throw new Error(
      `${relative(process.cwd(), taken)} already has the slug "${post.slug}"; pick another title or edit that post.`,
    );
  mkdirSync(dir, { recursive: true });
  const file = join(dir, post.fileName);
  writeFileSync(file, post.source, { flag: 'wx' });
  console.log(`Created ${relative(process.cwd(), file)} (a draft: npm run dev shows it).`);
} catch (error) {
  console.error(errorMessage(error));
  process.exitCode = 1;
}
