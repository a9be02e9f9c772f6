import { defineCollection } from 'astro:content';
import { postSchema } from './lib/post-schema';
import { postsLoader } from './loaders/posts-loader';
import { site } from './site.config';

const posts = defineCollection({
  loader: postsLoader(process.env.POSTS_DIR ?? './content/posts'),
  schema: postSchema(site.timezone),
});

export const collections = { posts };
