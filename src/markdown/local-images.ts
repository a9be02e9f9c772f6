import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin } from 'satteri';
import { urlScheme } from '../lib/urls';

/** A path segment of an address as the file is named; a malformed escape is left as written. */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * An image beside a post that is not there fails the build, naming the post
 * and the path (Astro's own error names neither).
 */
export const localImages = defineHastPlugin({
  name: 'local-images',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      const src = node.properties.src;
      if (typeof src !== 'string' || ctx.fileURL === undefined || urlScheme(src) !== undefined || src.startsWith('/')) {
        return;
      }
      const post = fileURLToPath(ctx.fileURL);
      // Per segment: decodeURI would leave an escaped `+`, `&` or `,` (`a%2Bb.png`) as it is.
      const image = join(dirname(post), ...src.split('/').map(decodedSegment));
      if (!existsSync(image)) {
        throw new Error(
          `${relative(process.cwd(), post)}: the image "${src}" is missing (looked for ${relative(process.cwd(), image)})`,
        );
      }
    },
  },
});
