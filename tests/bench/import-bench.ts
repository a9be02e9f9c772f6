/**
 * Times `npm run import` on a synthetic Jekyll site of N posts, built from the
 * bench corpus: dated file names, a permalink rule, categories, Liquid tags,
 * a link to the previous post and an image from assets/ in every post.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importSite } from '../../src/import/import-site.ts';
import { splitFrontMatter } from '../../src/import/front-matter.ts';
import { generateCorpus } from './corpus.ts';
import { median } from './median.ts';
import type { Samples } from './build-bench.ts';

export interface ImportFigures {
  posts: number;
  imported: number;
  seconds: Samples;
}

/** A 1×1 PNG, the image every synthetic post shows. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export function writeJekyllSite(dir: string, count: number): void {
  mkdirSync(join(dir, '_posts'), { recursive: true });
  mkdirSync(join(dir, 'assets/img'), { recursive: true });
  writeFileSync(
    join(dir, '_config.yml'),
    'url: "https://bench.example.org"\npermalink: /:year/:month/:day/:title.html\n',
  );
  writeFileSync(join(dir, 'assets/img/pixel.png'), PIXEL);
  let previous: string | undefined;
  for (const { slug, source } of generateCorpus(count)) {
    const { data, body } = splitFrontMatter(source);
    const date = String(data.date);
    const name = `${date}-${slug}`;
    const link = previous === undefined ? '' : `The [previous post]({% post_url ${previous} %}) comes first.\n\n`;
    const front = [
      `title: ${JSON.stringify(data.title)}`,
      `date: ${date} 09:30:00 +0200`,
      `categories: ${(data.tags as string[]).join(' ')}`,
      'layout: post',
    ].join('\n');
    const extra = `${link}![A pixel]({{ "/assets/img/pixel.png" | relative_url }})\n\n`;
    writeFileSync(join(dir, '_posts', `${name}.md`), `---\n${front}\n---\n\n${extra}${body}`);
    previous = name;
  }
}

export function benchImport(count: number, runs: number): ImportFigures {
  const scratch = mkdtempSync(join(tmpdir(), 'import-bench-'));
  const source = join(scratch, 'site');
  writeJekyllSite(source, count);
  const samples: number[] = [];
  let imported = 0;
  for (let run = 0; run < runs; run++) {
    const out = join(scratch, `out-${run}`);
    const start = performance.now();
    imported = importSite('jekyll', source, out).imported.length;
    samples.push((performance.now() - start) / 1000);
  }
  rmSync(scratch, { recursive: true, force: true });
  return { posts: count, imported, seconds: { median: median(samples), samples } };
}
