import { describe, expect, it } from 'vitest';
import { rewriteLinks } from '../../../src/import/links';

const upper = (url: string) => url.toUpperCase();

describe('rewriteLinks', () => {
  it('rewrites Markdown links, images, reference definitions and HTML attributes', () => {
    const text =
      '[a](/x/) ![b](img.png "t") [c](<my file.pdf>)\n\n[ref]: /y/\n\n<img src="z.png"> <a href=\'/w/\'>w</a>';
    expect(rewriteLinks(text, upper)).toBe(
      '[a](/X/) ![b](IMG.PNG "t") [c](<MY FILE.PDF>)\n\n[ref]: /Y/\n\n<img src="Z.PNG"> <a href=\'/W/\'>w</a>',
    );
  });

  it('tells images from links', () => {
    const kinds: string[] = [];
    rewriteLinks('![a](a.png) [b](b/) <video poster="p.jpg">', (url, kind) => {
      kinds.push(`${url}:${kind}`);
      return url;
    });
    expect(kinds).toEqual(['a.png:image', 'b/:link', 'p.jpg:image']);
  });

  it('rewrites an image inside a link, its text over two lines', () => {
    expect(
      rewriteLinks('[![\\#FF - Twitter\nSearch](/media/ff.jpg)](https://flickr.example/ff/ "On Flickr")', upper),
    ).toBe('[![\\#FF - Twitter\nSearch](/MEDIA/FF.JPG)](HTTPS://FLICKR.EXAMPLE/FF/ "On Flickr")');
  });

  it('never touches code', () => {
    const text = '```md\n[a](/x/)\n```\n\nSee `[b](/y/)` and [c](/z/).';
    expect(rewriteLinks(text, upper)).toBe('```md\n[a](/x/)\n```\n\nSee `[b](/y/)` and [c](/Z/).');
  });

  it('keeps parentheses inside an address', () => {
    expect(rewriteLinks('[w](https://en.wikipedia.org/wiki/Raft_(algorithm))', upper)).toBe(
      '[w](HTTPS://EN.WIKIPEDIA.ORG/WIKI/RAFT_(ALGORITHM))',
    );
  });
});

describe('rewriteLinks, more shapes', () => {
  it('sees a link whose text is code, and leaves footnotes alone', () => {
    expect(rewriteLinks('[`cargo-pgo`](/a/) and `[x](/b/)`\n\n[^1]: Obviously.', upper)).toBe(
      '[`cargo-pgo`](/A/) and `[x](/b/)`\n\n[^1]: Obviously.',
    );
  });
});
