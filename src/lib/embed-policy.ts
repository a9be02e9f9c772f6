/**
 * A post page's Content-Security-Policy allows exactly the other origins its
 * body embeds from, per kind, and nothing else: never a wildcard.
 */

/** Origins a post's body loads from, per CSP directive (found by src/markdown/post-html-policy.ts). */
export interface EmbedOrigins {
  img: string[];
  media: string[];
  frame: string[];
}

export type EmbedDirective = `${'img-src' | 'media-src' | 'frame-src'} ${string}`;

/** The directives to add to one page's policy, e.g. "img-src 'self' data: https://images.example.org". */
export function embedDirectives(embeds: Partial<EmbedOrigins> | undefined): EmbedDirective[] {
  const directive = (
    name: 'img-src' | 'media-src' | 'frame-src',
    base: string,
    origins: readonly string[] | undefined,
  ): EmbedDirective[] => (origins && origins.length > 0 ? [`${name} ${base} ${[...origins].sort().join(' ')}`] : []);
  return [
    ...directive('img-src', "'self' data:", embeds?.img),
    ...directive('media-src', "'self'", embeds?.media),
    ...directive('frame-src', "'self'", embeds?.frame),
  ];
}
