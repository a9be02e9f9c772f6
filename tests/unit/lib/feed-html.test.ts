import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { feedHtml } from '../../../src/lib/feed-html';
import { drawDiagram } from '../../../src/markdown/diagram-svg';
import { texToMathml } from '../../../src/markdown/tex';

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
    expect(out).not.toContain('href="https://example.com/blog/posts/spanning-tree/#x"');
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

/** HTML as the sanitizer writes it, so that equal markup compares equal however it was spelled. */
const reserialized = (html: string) =>
  toHtml(fromHtml(html, { fragment: true }), { characterReferences: { useNamedReferences: true } });

describe('feedHtml keeps what a post shows', () => {
  it('keeps figures, media and text-level markup with the attributes a reader needs', () => {
    const html =
      '<figure><img src="../a.png" srcset="../a-1.png 1x, ../a-2.png 2x" sizes="100vw" alt="A" width="10" height="5" loading="lazy" decoding="async"><figcaption>Cap <cite>Ref</cite></figcaption></figure>' +
      '<video src="v.webm" poster="p.png" controls width="320" height="180"><source src="v.mp4" type="video/mp4" media="(min-width: 1px)"><track src="t.vtt" kind="captions" srclang="en" label="English"></video><audio src="a.ogg" controls></audio>' +
      '<p><mark>m</mark> <abbr title="Border Gateway Protocol">BGP</abbr> <dfn>d</dfn> <small>s</small> <time datetime="2024-01-02">2 Jan</time> <u>u</u> <var>v</var> a<wbr>b <a href="/x" title="t" aria-label="l">x</a></p>' +
      '<table><caption>C</caption><colgroup><col></colgroup><tbody><tr><td>1</td></tr></tbody></table><blockquote cite="../q/">q</blockquote>';
    expect(feedHtml(html, PAGE)).toBe(
      '<figure><img src="https://example.com/blog/posts/a.png" srcset="https://example.com/blog/posts/a-1.png 1x, https://example.com/blog/posts/a-2.png 2x" sizes="100vw" alt="A" width="10" height="5" loading="lazy" decoding="async"><figcaption>Cap <cite>Ref</cite></figcaption></figure>' +
        '<video src="https://example.com/blog/posts/spanning-tree/v.webm" poster="https://example.com/blog/posts/spanning-tree/p.png" controls width="320" height="180"><source src="https://example.com/blog/posts/spanning-tree/v.mp4" type="video/mp4" media="(min-width: 1px)"><track src="https://example.com/blog/posts/spanning-tree/t.vtt" kind="captions" srclang="en" label="English"></video><audio src="https://example.com/blog/posts/spanning-tree/a.ogg" controls></audio>' +
        '<p><mark>m</mark> <abbr title="Border Gateway Protocol">BGP</abbr> <dfn>d</dfn> <small>s</small> <time datetime="2024-01-02">2 Jan</time> <u>u</u> <var>v</var> a<wbr>b <a href="https://example.com/x" title="t" aria-label="l">x</a></p>' +
        '<table><caption>C</caption><colgroup><col></colgroup><tbody><tr><td>1</td></tr></tbody></table><blockquote cite="https://example.com/blog/posts/q/">q</blockquote>',
    );
  });

  it('removes form fields, buttons, templates and noscript with their content, and focus attributes', () => {
    const html =
      '<p tabindex="0" accesskey="k">x</p><select><option>opt</option></select><textarea>typed</textarea><button>Press</button><template>tpl</template><noscript>ns</noscript><p>b</p>';
    expect(feedHtml(html, PAGE)).toBe('<p>x</p><p>b</p>');
  });

  it('drops media addresses that are not http(s)', () => {
    expect(feedHtml('<video src="ftp://x.org/v.webm" poster="ftp://x.org/p.png"></video>', PAGE)).toBe(
      '<video></video>',
    );
  });

  it.each([
    String.raw`\sum_{i=1}^{n} x_i^2 = \frac{1}{\sqrt[3]{y}} + \sqrt{z}`,
    String.raw`\begin{pmatrix} a & b \\ c & d \end{pmatrix} \overset{!}{=} \underset{k}{\max}\, \text{cost}`,
    String.raw`\boxed{x} + \cancel{y} + \phantom{w} + \color{red}{r} + \mathbf{B} + \displaystyle\int_0^1 f`,
    String.raw`\hat{x} \underbrace{a+b}_{2} \left( \frac{a}{b} \right) \raisebox{2pt}{h} \kern1em \mathrm{d}x \binom{n}{k} \xrightarrow{f}`,
    String.raw`\begin{array}{c|c} 1 & 2 \\ \hline 3 & 4 \end{array} \big( \mathop{op}\limits_a \big)`,
  ])('keeps the math KaTeX writes for %s as it is', (tex) => {
    const math = texToMathml(tex, true);
    expect(feedHtml(math, PAGE)).toBe(reserialized(math));
  });

  it.each([
    'flowchart LR\n  A[Start] --> B{Ok?}\n  B -->|yes| C((Done))\n  B -.-> D[/Retry/]',
    'sequenceDiagram\n  Alice->>Bob: hi\n  Bob-->>Alice: ok\n  Note over Alice,Bob: a note',
    'stateDiagram-v2\n  [*] --> Idle\n  Idle --> Busy: go\n  Busy --> [*]',
    'classDiagram\n  class Animal {\n    +name: string\n    +eat() void\n  }\n  Animal <|-- Dog',
    'erDiagram\n  CUSTOMER ||--o{ ORDER : places',
  ])('keeps a diagram as drawn, arrowheads pointing at their markers: %s', (body) => {
    const { svg } = drawDiagram(body, { title: 'Diagram', description: 'What it shows' }, 'd1-');
    // Classes go (a feed has no stylesheet); ids, and what points at them, are namespaced alike.
    const expected = reserialized(svg)
      .replaceAll(/ class="[^"]*"/g, '')
      .replaceAll(/(id|aria-labelledby|aria-describedby)="d1-/g, '$1="user-content-d1-')
      .replaceAll('url(#d1-', 'url(#user-content-d1-');
    expect(feedHtml(svg, PAGE)).toBe(expected);
  });
});

describe('feedHtml with a hostile post body', () => {
  const hostile = readFileSync(join(import.meta.dirname, '../../fixtures/hostile-feed/body.html'), 'utf8');
  /** The sanitized body and its elements, worked out within each test. */
  function sanitized(): { out: string; found: Element[] } {
    const out = feedHtml(hostile, PAGE);
    const found: Element[] = [];
    const walk = (node: Root | RootContent): void => {
      if (node.type === 'element') found.push(node);
      if ('children' in node) node.children.forEach(walk);
    };
    walk(fromHtml(out, { fragment: true }));
    return { out, found };
  }

  it('keeps no element that runs, styles, frames, submits, redirects or loads', () => {
    const { found } = sanitized();
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
    const { found } = sanitized();
    const attributes = found.flatMap((element) => Object.keys(element.properties));
    expect(attributes.filter((name) => /^on|^srcDoc$|^style$/i.test(name))).toEqual([]);
  });

  it('keeps only absolute http(s) and mailto URLs', () => {
    const { out, found } = sanitized();
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
    const { out } = sanitized();
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
