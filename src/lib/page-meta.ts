/** What a post page tells Open Graph about itself. */
export interface ArticleMeta {
  published: Date;
  updated: Date | undefined;
  tags: readonly string[];
}
