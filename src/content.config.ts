import { defineCollection } from 'astro:content';
import { postSchema } from './lib/post-schema';
import { postsDirectory } from './loaders/posts-dir';
import { postsLoader } from './loaders/posts-loader';
import { site } from './site.config';

const posts = defineCollection({
  loader: postsLoader(postsDirectory()),
  schema: postSchema(site.timezone),
});

export const collections = { posts };
