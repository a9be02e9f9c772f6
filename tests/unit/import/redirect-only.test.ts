import { describe, expect, it } from 'vitest';
import { redirectOnlyTarget } from '../../../src/import/redirect-only';

describe('redirectOnlyTarget', () => {
  it("finds where a post that is only a meta refresh points, whatever the attributes' order and quotes", () => {
    expect(redirectOnlyTarget(`<meta http-equiv="Refresh" content="0; url='https://example.org/posts/rl/'" />\n`)).toBe(
      'https://example.org/posts/rl/',
    );
    expect(redirectOnlyTarget(`<!-- moved -->\n<meta content="0;URL=/new/" http-equiv=refresh>`)).toBe('/new/');
  });

  it('leaves a post with text of its own, or with markup that is not a redirect', () => {
    expect(
      redirectOnlyTarget(`<meta http-equiv="refresh" content="0; url=/new/">\n\nThis post moved.`),
    ).toBeUndefined();
    expect(redirectOnlyTarget('<meta name="robots" content="noindex">')).toBeUndefined();
    expect(redirectOnlyTarget('![A figure](figure.png)')).toBeUndefined();
    expect(redirectOnlyTarget('')).toBeUndefined();
  });
});
