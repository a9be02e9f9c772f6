import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSite } from '../../../src/import/import-site';
import { dollarsAsText } from '../../../src/import/prose-dollars';
import { mathHtml } from '../markdown/post-markdown';

const SHELL = 'Run mkdir $HOME/go, then export GOPATH=$HOME/go and go on.';

describe('dollars of a site that set no math', () => {
  it('are escaped where our parser would set math, so the text reads as written', () => {
    const { body, escaped } = dollarsAsText(SHELL);
    expect(escaped).toBe(1);
    const html = mathHtml(body);
    expect(html).not.toContain('<math');
    expect(html).toContain(SHELL);
  });

  it('escape a display block’s fences too', () => {
    const { body } = dollarsAsText('Cost:\n\n$$\nx + y\n$$\n');
    expect(mathHtml(body)).not.toContain('<math');
    expect(mathHtml(body)).toContain('$$');
  });

  it('are left alone in code, and where the build already reads them as prices', () => {
    const untouched = 'It cost $5 and $10.\n\n`echo $HOME $PATH`\n\n```sh\necho $A$B\n```\n';
    expect(dollarsAsText(untouched)).toEqual({ body: untouched, escaped: 0 });
  });

  it('are escaped by the import of a site without math, not of one whose layouts load it', () => {
    const site = mkdtempSync(join(tmpdir(), 'prose-dollars-'));
    writeFileSync(join(site, '_config.yml'), 'url: https://shell.example\n');
    mkdirSync(join(site, '_posts'));
    writeFileSync(join(site, '_posts', '2014-03-01-gopath.md'), `---\ntitle: GOPATH\n---\n\n${SHELL}\n`);
    const plain = mkdtempSync(join(tmpdir(), 'prose-dollars-out-'));
    const report = importSite('jekyll', site, plain);
    expect(readFileSync(join(plain, 'content/posts/gopath.md'), 'utf8')).toContain('mkdir \\$HOME/go');
    expect(report.notes).toContain(
      '_posts/2014-03-01-gopath.md: 1 pair of dollar signs our posts would set as math kept as text, as the old site showed it',
    );
    mkdirSync(join(site, '_includes'));
    writeFileSync(join(site, '_includes', 'head.html'), '<script src="/katex/katex.min.js"></script>');
    const withMath = mkdtempSync(join(tmpdir(), 'prose-dollars-out-'));
    importSite('jekyll', site, withMath);
    expect(readFileSync(join(withMath, 'content/posts/gopath.md'), 'utf8')).toContain('mkdir $HOME/go');
  });
});
