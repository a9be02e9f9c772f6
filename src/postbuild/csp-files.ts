import { readFileSync, writeFileSync } from 'node:fs';
import { filesUnder } from './built-pages';
import { pruneUnusedHashes } from './csp';

/** Rewrites every built page's policy to list only the hashes of its own inline scripts and styles. */
export function pruneUnusedHashesIn(dir: string): void {
  for (const file of filesUnder(dir)) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(file, 'utf8');
    const pruned = pruneUnusedHashes(html);
    if (pruned !== html) writeFileSync(file, pruned);
  }
}
