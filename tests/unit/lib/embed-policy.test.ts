import { describe, expect, it } from 'vitest';
import { embedDirectives } from '../../../src/lib/embed-policy';

describe('embedDirectives', () => {
  it('adds nothing for a post that embeds nothing from elsewhere', () => {
    expect(embedDirectives(undefined)).toEqual([]);
    expect(embedDirectives({ img: [], media: [], frame: [] })).toEqual([]);
  });

  it('admits exactly the embedded origins, per kind, beside the site itself', () => {
    expect(
      embedDirectives({
        img: ['https://b.example', 'https://a.example'],
        media: ['https://media.example'],
        frame: ['https://www.youtube-nocookie.com'],
      }),
    ).toEqual([
      "img-src 'self' data: https://a.example https://b.example",
      "media-src 'self' https://media.example",
      "frame-src 'self' https://www.youtube-nocookie.com",
    ]);
  });
});
