/**
 * The yardstick for issue 11's clean-build budget: the same synthetic corpus built by
 * Hugo with a minimal layout of ours (home, post, section, tag and tag-list pages, an
 * RSS feed and a sitemap, code highlighted by Hugo's Chroma), then indexed by the
 * Pagefind this project uses. Hugo is not a dependency: when `hugo` is not on PATH the
 * bench says so and reports no comparison (`apt-get install hugo` gives Debian's 0.111).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from '../support/astro-build.ts';
import { generateCorpus } from './corpus.ts';
import { median } from './median.ts';
import { watchMemory } from './process-memory.ts';

export interface HugoFigures {
  posts: number;
  hugoVersion: string;
  /** Medians over runs, from a clean output folder each time. */
  hugoSeconds: number;
  pagefindSeconds: number;
  totalSeconds: number;
  totalSamples: number[];
  /** Median peak of all processes of the slower of the two steps. */
  peakMemoryBytes: number;
}

const PAGEFIND = join(ROOT, 'node_modules/.bin/pagefind');

const CONFIG = `baseURL = 'https://example.org/'
title = 'Hugo yardstick'
languageCode = 'en'
disableKinds = ['robotsTXT']
[taxonomies]
  tag = 'tags'
[markup.highlight]
  noClasses = true
`;

/** A minimal layout: every kind of page a reader would get from our site, with nothing styled. */
const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ .Site.Title }}{{ end }}"></head>
<body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a> <a href="{{ "/tags/" | relURL }}">Tags</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
`,
  '_default/single.html': `{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time> · {{ .ReadingTime }} min
{{ range .Params.tags }} <a href="{{ "/tags/" | relURL }}{{ . | urlize }}/">#{{ . }}</a>{{ end }}</p>
{{ .TableOfContents }}{{ .Content }}</article>
<nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
{{ $related := .Site.RegularPages.Related . | first 3 }}{{ with $related }}<ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ range .Pages.GroupByDate "2006" }}<h2>{{ .Key }}</h2><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2 Jan" }}</li>{{ end }}</ul>{{ end }}{{ end }}
`,
  '_default/terms.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
`,
  'index.html': `{{ define "main" }}<h1>{{ .Site.Title }}</h1>
<ul>{{ range first 20 .Site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ul>{{ end }}
`,
};

/** `hugo version`'s first line, or null when Hugo is not installed. */
function hugoVersion(): string | null {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  return result.stdout.trim().split('\n')[0] ?? 'hugo';
}

function writeHugoSite(siteDir: string, count: number): void {
  writeFileSync(join(siteDir, 'hugo.toml'), CONFIG);
  for (const [file, text] of Object.entries(LAYOUTS)) {
    mkdirSync(dirname(join(siteDir, 'layouts', file)), { recursive: true });
    writeFileSync(join(siteDir, 'layouts', file), text);
  }
  const postsDir = join(siteDir, 'content', 'posts');
  mkdirSync(postsDir, { recursive: true });
  for (const { slug, source } of generateCorpus(count)) writeFileSync(join(postsDir, `${slug}.md`), source);
}

/** Runs a command to its end; its time and the peak memory of its processes. */
function timed(command: string, args: string[], cwd: string): Promise<{ seconds: number; peakBytes: number }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    const memory = child.pid === undefined ? undefined : watchMemory(child.pid);
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const peakBytes = memory?.stop().peakTotalBytes ?? 0;
      if (code === 0) done({ seconds, peakBytes });
      else fail(new Error(`${command} ${args.join(' ')} exited with code ${code}:\n${errors}`));
    });
  });
}

/** Hugo + Pagefind over the bench's corpus of `count` posts, or null (with a note) without Hugo. */
export async function benchHugo(count: number, runs: number): Promise<HugoFigures | null> {
  const version = hugoVersion();
  if (!version) {
    console.log('Hugo is not installed (apt-get install hugo): no comparison with Hugo + Pagefind.');
    return null;
  }
  const siteDir = mkdtempSync(join(tmpdir(), 'blog-hugo-bench-'));
  try {
    writeHugoSite(siteDir, count);
    const samples: { hugo: number; pagefind: number; peakBytes: number }[] = [];
    for (let run = 1; run <= runs; run++) {
      rmSync(join(siteDir, 'public'), { recursive: true, force: true });
      rmSync(join(siteDir, 'resources'), { recursive: true, force: true });
      const hugo = await timed('hugo', ['--quiet'], siteDir);
      const pagefind = await timed(PAGEFIND, ['--site', 'public', '--silent'], siteDir);
      samples.push({
        hugo: hugo.seconds,
        pagefind: pagefind.seconds,
        peakBytes: Math.max(hugo.peakBytes, pagefind.peakBytes),
      });
    }
    const totals = samples.map(({ hugo, pagefind }) => hugo + pagefind);
    const round = (seconds: number) => Math.round(seconds * 1000) / 1000;
    return {
      posts: count,
      hugoVersion: version,
      hugoSeconds: round(median(samples.map((sample) => sample.hugo))),
      pagefindSeconds: round(median(samples.map((sample) => sample.pagefind))),
      totalSeconds: round(median(totals)),
      totalSamples: totals.map(round),
      peakMemoryBytes: median(samples.map((sample) => sample.peakBytes)),
    };
  } finally {
    rmSync(siteDir, { recursive: true, force: true });
  }
}
