import { defineCollection } from 'astro:content';
import { postSchema } from './lib/post-schema';
import { postsDirectory } from './loaders/posts-dir';
import { postsLoader } from './loaders/posts-loader';
import { site } from './site.config';

const schema = postSchema(site.timezone);

const posts = defineCollection({
  loader: postsLoader(postsDirectory(), schema),
  schema,
});

export const collections = { posts };
