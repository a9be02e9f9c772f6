/** Where the posts live: content/posts, or POSTS_DIR (the tests build fixture content this way). */
export function postsDirectory(): string {
  return process.env.POSTS_DIR ?? './content/posts';
}
