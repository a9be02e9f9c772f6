import { describe, expect, it } from 'vitest';
import { HtmlBalance } from '../../../src/markdown/html-balance';

function problems(...fragments: string[]): string[] {
  const balance = new HtmlBalance();
  for (const fragment of fragments) balance.read(fragment);
  return balance.problems();
}

describe('HtmlBalance', () => {
  it('finds nothing wrong with balanced fragments, void elements and comments', () => {
    expect(problems('<div class="a">', '<p>text<br><img src="x.png"></p>', '<!-- </div> -->', '</div>')).toEqual([]);
    expect(problems('<svg><circle r="1"/></svg>')).toEqual([]);
  });

  it('names a stray closing tag', () => {
    expect(problems('<div>', '</div>', '</div>', '</article>')).toEqual([
      'removed a stray </div>',
      'removed a stray </article>',
    ]);
  });

  it('names tags left open, inside and at the end of the post', () => {
    expect(problems('<section><div><span>', '</section>', '<div>')).toEqual([
      'closed an unclosed <span> before </section>',
      'closed an unclosed <div> before </section>',
      'closed an unclosed <div> at the end of the post',
    ]);
  });

  it('is not fooled by ">" inside a quoted attribute', () => {
    expect(problems('<iframe srcdoc="<script>alert(1)</script>"></iframe>')).toEqual([]);
  });
});
