import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
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

  it('leaves out the page’s controls, classes and colour styles but keeps the code', () => {
    const html =
      '<div class="heading"><h2 id="x">X</h2><a class="heading-anchor" href="#x" aria-label="Link"></a></div>' +
      '<figure class="code-block"><figcaption><span class="code-language">Rust</span><copy-code><button>Copy</button></copy-code></figcaption>' +
      '<pre class="shiki" style="--shiki-light:#fff" tabindex="0"><code><span style="--shiki-light:#000">fn</span></code></pre></figure>' +
      '<a class="external" href="https://x.org/">x<span class="sr-only"> (opens in a new tab)</span></a>';
    const out = feedHtml(html, PAGE);
    expect(out).not.toContain('heading-anchor');
    expect(out).not.toContain('Copy');
    expect(out).not.toContain('opens in a new tab');
    expect(out).not.toMatch(/style=|class=|tabindex/);
    expect(out).toContain('<pre><code><span>fn</span></code></pre>');
    // Ids are prefixed so they cannot clobber the feed reader's own DOM properties.
    expect(out).toContain('<h2 id="user-content-x">X</h2>');
  });

  it('keeps text that looks like markup as text', () => {
    expect(feedHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>', PAGE)).toBe(
      '<p>&lt;script>alert(1)&lt;/script> &amp; more</p>',
    );
  });

  it('keeps MathML and a diagram’s SVG', () => {
    const math =
      '<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow><annotation encoding="application/x-tex">x^2</annotation></semantics></math>';
    expect(feedHtml(math, PAGE)).toBe(math);
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img" aria-labelledby="d1-title"><title id="d1-title">Flow</title><polyline points="0 0, 5 5" fill="none" stroke="var(--muted, currentColor)" marker-end="url(#d1-arrow)"></polyline><text x="1" y="2" text-anchor="middle">A</text></svg>';
    const out = feedHtml(svg, PAGE);
    expect(out).toContain('<title id="user-content-d1-title">Flow</title>');
    expect(out).toContain('aria-labelledby="user-content-d1-title"');
    expect(out).toContain('stroke="var(--muted, currentColor)"');
    expect(out).toContain('<text x="1" y="2" text-anchor="middle">A</text>');
  });
});

describe('feedHtml with a hostile post body', () => {
  const hostile = readFileSync(join(import.meta.dirname, '../../fixtures/hostile-feed/body.html'), 'utf8');
  const out = feedHtml(hostile, PAGE);
  const tree = fromHtml(out, { fragment: true });
  const found: Element[] = [];
  const walk = (node: Root | RootContent): void => {
    if (node.type === 'element') found.push(node);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);

  it('keeps no element that runs, styles, frames, submits, redirects or loads', () => {
    const banned = [
      'script',
      'style',
      'iframe',
      'object',
      'embed',
      'form',
      'input',
      'button',
      'meta',
      'base',
      'link',
      'template',
      'noscript',
    ];
    expect(found.filter((element) => banned.includes(element.tagName)).map((element) => element.tagName)).toEqual([]);
  });

  it('keeps no handler, srcdoc or style attribute', () => {
    const attributes = found.flatMap((element) => Object.keys(element.properties));
    expect(attributes.filter((name) => /^on|^srcDoc$|^style$/i.test(name))).toEqual([]);
  });

  it('keeps only absolute http(s) and mailto URLs', () => {
    const urls = found.flatMap((element) =>
      ['href', 'src', 'xLinkHref'].flatMap((name) => {
        const value = element.properties[name];
        return typeof value === 'string' ? [value] : [];
      }),
    );
    expect(urls.length).toBeGreaterThan(2);
    for (const url of urls) expect(url).toMatch(/^(https?:\/\/|mailto:)/);
    expect(out).not.toMatch(/javascript|vbscript|data:/i);
  });

  it('keeps what a reader came for', () => {
    expect(out).toContain('A paragraph a reader should still see');
    expect(out).toContain('<a href="https://example.com/posts/other/">a relative link</a>');
    expect(out).toContain('<a href="mailto:me@example.org">mail</a>');
    expect(out).toContain('Covered text stays.');
    expect(out).toContain('Hidden text stays.');
    // An embed becomes a link to what it showed.
    expect(out).toContain('<a href="https://www.youtube-nocookie.com/embed/abc">A talk about BGP</a>');
    expect(out).toContain('id="user-content-adoptedStyleSheets"');
  });
});
