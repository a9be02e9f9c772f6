import type { APIRoute } from 'astro';
import { getPosts } from '../lib/content';
import { buildVocabulary } from '../search/vocabulary';

// The word list behind "did you mean", fetched only when a search finds nothing.
export const GET: APIRoute = async () => {
  const posts = await getPosts();
  const vocabulary = buildVocabulary(posts.map((post) => `${post.data.title}\n${post.body ?? ''}`));
  return new Response(JSON.stringify(vocabulary), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
