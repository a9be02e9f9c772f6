import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { externalLinks } from '../../../src/markdown/external-links';

const render = (markdown: string) =>
  markdownToHtml(markdown, {
    hastPlugins: [externalLinks('https://blog.example')],
    fileURL: new URL('file:///blog/content/posts/links.md'),
  }).html;

describe('links to other sites', () => {
  it('open in a new tab and say so; links to the site itself do not', () => {
    const html = render('[Go](https://go.dev/) and [home](https://blog.example/posts/)');
    expect(html).toContain('<a href="https://go.dev/" class="external" target="_blank" rel="noopener noreferrer">');
    expect(html).toContain('(opens in a new tab)');
    expect(html).toContain('<a href="https://blog.example/posts/">home</a>');
  });

  it('fail the build when the address is malformed, naming the post and the link', () => {
    expect(() => render('[source](http://%20http://news.example/a.htm)')).toThrow(
      '/blog/content/posts/links.md: the link "http://%20http://news.example/a.htm" is not a valid address; correct it or remove the link',
    );
  });
});
