/**
 * `import chart from '../../assets/chart.png'` in an MDX post names a file of
 * the old project. Images and other files are copied beside the post and the
 * import follows them; components of the old theme cannot come along, so
 * those imports are reported for the author to replace.
 */
import { editProse } from './code-spans.ts';

const IMPORT_RE = /^(import\s+[^'"\n]*?\s+from\s+|import\s+)(['"])([^'"\n]+)\2/gm;
export const ASSET_RE = /\.(png|jpe?g|gif|webp|avif|svg|ico|mp4|webm|mp3|ogg|pdf|csv|json|txt)$/i;

/** The post with each import's path replaced by `keep(path)`, or left and listed when it returns undefined. */
export function rewriteMdxImports(
  body: string,
  keep: (path: string) => string | undefined,
): { body: string; left: string[] } {
  const left: string[] = [];
  const text = editProse(body, (prose) =>
    prose.replace(IMPORT_RE, (all, start: string, quote: string, path: string) => {
      const next = keep(path);
      if (next === undefined) {
        left.push(all);
        return all;
      }
      return `${start}${quote}${next}${quote}`;
    }),
  );
  return { body: text, left };
}
