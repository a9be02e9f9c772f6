import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../src/lib/error-message';

describe('errorMessage', () => {
  it("gives an Error's message without its name", () => {
    expect(errorMessage(new TypeError('posts/a.md: no title'))).toBe('posts/a.md: no title');
  });

  it('gives anything else thrown as text', () => {
    expect(errorMessage('offline')).toBe('offline');
    expect(errorMessage(404)).toBe('404');
  });
});
