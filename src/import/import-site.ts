/** One import, start to end: read the source site, plan our posts, write them. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { planImport } from './plan.ts';
import { emptyReport, type ImportReport } from './report.ts';
import type { SourceKind, SourceSite } from './source.ts';
import { readAstro } from './sources/astro.ts';
import { readHugo } from './sources/hugo.ts';
import { readJekyll } from './sources/jekyll.ts';
import { readZola } from './sources/zola.ts';
import { writePlan } from './write.ts';

export const SOURCE_KINDS: Record<SourceKind, (root: string) => SourceSite> = {
  hugo: readHugo,
  jekyll: readJekyll,
  zola: readZola,
  astro: readAstro,
};

export function isSourceKind(kind: string): kind is SourceKind {
  return Object.hasOwn(SOURCE_KINDS, kind);
}

/** Imports the site at `sourceRoot` into `outRoot`/content/posts and `outRoot`/public. */
export function importSite(kind: SourceKind, sourceRoot: string, outRoot: string): ImportReport {
  const root = resolve(sourceRoot);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new Error(`${sourceRoot} is not a folder`);
  const site = SOURCE_KINDS[kind](root);
  const report = emptyReport();
  report.skipped.push(...site.skipped);
  const plan = planImport(site, report);
  writePlan(plan, resolve(outRoot), report);
  if (site.origin === undefined)
    report.notes.push('the config names no site URL, so links to the old site cannot be told apart from others');
  return report;
}
