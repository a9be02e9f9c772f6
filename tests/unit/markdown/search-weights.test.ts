import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { INLINE_CODE_WEIGHT, searchWeights } from '../../../src/markdown/search-weights';

const html = (source: string) =>
  markdownToHtml(source, { features: { rawHtml: true }, hastPlugins: [searchWeights] }).html;

describe('search weights', () => {
  it('weighs inline code above prose', () => {
    expect(html('Call `Vec::new` here.')).toContain(
      `<code data-pagefind-weight="${INLINE_CODE_WEIGHT}">Vec::new</code>`,
    );
    expect(INLINE_CODE_WEIGHT).toBeGreaterThan(1);
  });

  it('leaves code listings alone', () => {
    const out = html('```rust\nlet v = Vec::new();\n```');
    expect(out).toContain('<code');
    expect(out).not.toContain('data-pagefind-weight');
  });
});
