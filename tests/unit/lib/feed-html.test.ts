import { describe, expect, it } from 'vitest';
import { feedHtml } from '../../../src/lib/feed-html';

const PAGE = 'https://example.com/blog/posts/spanning-tree/';

describe('feedHtml', () => {
  it('makes links, images and image candidates absolute', () => {
    const html =
      '<a href="../gerdu/">Gerdu</a> <a href="#costs">costs</a> <img src="/blog/_astro/a.webp" srcset="/blog/_astro/a-640.webp 640w, /blog/_astro/a-1080.webp 1080w"> <a href="https://rfc-editor.org/">RFC</a>';
    expect(feedHtml(html, PAGE)).toBe(
      '<a href="https://example.com/blog/posts/gerdu/">Gerdu</a> <a href="https://example.com/blog/posts/spanning-tree/#costs">costs</a> <img src="https://example.com/blog/_astro/a.webp" srcset="https://example.com/blog/_astro/a-640.webp 640w, https://example.com/blog/_astro/a-1080.webp 1080w"> <a href="https://rfc-editor.org/">RFC</a>',
    );
  });

  it('leaves out the page’s controls and colour styles but keeps the code', () => {
    const html =
      '<div class="heading"><h2 id="x">X</h2><a class="heading-anchor" href="#x" aria-label="Link"></a></div>' +
      '<figure class="code-block"><figcaption><span class="code-language">Rust</span><copy-code><button>Copy</button></copy-code></figcaption>' +
      '<pre class="shiki" style="--shiki-light:#fff" tabindex="0"><code><span style="--shiki-light:#000">fn</span></code></pre></figure>' +
      '<a class="external" href="https://x.org/">x<span class="sr-only"> (opens in a new tab)</span></a>';
    const out = feedHtml(html, PAGE);
    expect(out).not.toContain('heading-anchor');
    expect(out).not.toContain('Copy');
    expect(out).not.toContain('opens in a new tab');
    expect(out).not.toContain('style=');
    expect(out).toContain('<pre class="shiki"><code><span>fn</span></code></pre>');
    expect(out).toContain('<h2 id="x">X</h2>');
  });

  it('keeps text that looks like markup as text', () => {
    expect(feedHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>', PAGE)).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>',
    );
  });
});
