/**
 * `npm run import -- <hugo|jekyll|zola|astro> <site-root> [--out <dir>]`:
 * converts another generator's blog into content/posts/ and public/ (of the
 * project, or of --out) and prints what it did.
 */
import { relative } from 'node:path';
import { importSite, isSourceKind, SOURCE_KINDS } from '../import/import-site.ts';
import { formatReport } from '../import/report.ts';
import { errorMessage } from '../lib/error-message.ts';

const USAGE = `usage: npm run import -- <${Object.keys(SOURCE_KINDS).join('|')}> <site-root> [--out <dir>]`;

try {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : '.';
  const [kind, root] = args.filter((_arg, index) => outAt < 0 || (index !== outAt && index !== outAt + 1));
  if (kind === undefined || root === undefined || out === undefined || !isSourceKind(kind)) throw new Error(USAGE);
  const report = importSite(kind, root, out);
  console.log(formatReport(report));
  console.log(
    `\nWritten under ${relative(process.cwd(), out) || '.'}/content/posts/ and public/. Build with npm run build to check every link.`,
  );
} catch (error) {
  console.error(errorMessage(error));
  process.exitCode = 1;
}
