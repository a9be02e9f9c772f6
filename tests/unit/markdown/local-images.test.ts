import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { localImages } from '../../../src/markdown/local-images';

const folder = mkdtempSync(join(tmpdir(), 'local-images-'));
writeFileSync(join(folder, 'king-man+woman.png'), '');
writeFileSync(join(folder, 'two words.png'), '');
const render = (markdown: string) =>
  markdownToHtml(markdown, { hastPlugins: [localImages], fileURL: pathToFileURL(join(folder, 'post.md')) }).html;

describe('images beside a post', () => {
  it('are found by their address, escapes decoded as the browser does, `+` and spaces included', () => {
    expect(render('![a](./king-man%2Bwoman.png) ![b](./king-man+woman.png) ![c](./two%20words.png)')).toContain(
      'two%20words.png',
    );
  });

  it('fail the build when missing, naming the post and the path looked for', () => {
    expect(() => render('![a](./gone%2Bmissing.png)')).toThrow(
      /post\.md: the image "\.\/gone%2Bmissing\.png" is missing \(looked for .*gone\+missing\.png\)/,
    );
  });
});
