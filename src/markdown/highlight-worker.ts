/**
 * A worker thread that highlights code with Shiki (see highlight-pool.ts). Run
 * by Node directly, so its imports name their .ts files.
 */
import { parentPort } from 'node:worker_threads';
import { transformerMetaHighlight } from '@shikijs/transformers';
import { createHighlighter, type BundledLanguage } from 'shiki';
import { codeFrame } from './code-frame.ts';
import { codeThemes } from './code-themes.ts';
import { tokenClasses, tokenClassMap } from './token-classes.ts';
import type { Highlighted, HighlightRequest, HighlightResponse } from './highlight-pool.ts';

const classes = tokenClassMap(codeThemes);
const highlighter = createHighlighter({ themes: [codeThemes.light, codeThemes.dark], langs: [] });

async function highlight({ source, lang, meta, format }: HighlightRequest): Promise<Highlighted> {
  const shiki = await highlighter;
  if (lang !== 'text' && !shiki.getLoadedLanguages().includes(lang)) await shiki.loadLanguage(lang as BundledLanguage);
  const options = {
    lang,
    themes: { light: codeThemes.light, dark: codeThemes.dark },
    defaultColor: false as const,
    // Shiki gives up on a line after 500 ms by default and leaves the rest of it mis-tokenized, so a
    // loaded build machine would write different colours than an idle one; the output must not vary.
    tokenizeTimeLimit: 0,
    ...(meta === undefined ? {} : { meta: { __raw: meta } }),
    transformers: [transformerMetaHighlight(), codeFrame(), tokenClasses(classes)],
  };
  return format === 'html' ? shiki.codeToHtml(source, options) : shiki.codeToHast(source, options);
}

parentPort?.on('message', (request: HighlightRequest) => {
  highlight(request).then(
    (result) => parentPort?.postMessage({ id: request.id, result } satisfies HighlightResponse),
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: String(error) } satisfies HighlightResponse),
  );
});
