import { describe, expect, it } from 'vitest';
import { opensSearch } from '../../../src/search/shortcut';

describe('opensSearch', () => {
  const press = (key: string, extra: Partial<Parameters<typeof opensSearch>[0]> = {}) =>
    opensSearch({ key, metaKey: false, ctrlKey: false, altKey: false, typing: false, ...extra });

  it('opens on ⌘K and Ctrl K, even while typing', () => {
    expect(press('k', { metaKey: true })).toBe(true);
    expect(press('K', { ctrlKey: true, typing: true })).toBe(true);
  });

  it('opens on / only when the reader is not typing', () => {
    expect(press('/')).toBe(true);
    expect(press('/', { typing: true })).toBe(false);
  });

  it('ignores other keys and combinations', () => {
    expect(press('k')).toBe(false);
    expect(press('k', { metaKey: true, ctrlKey: true })).toBe(false);
    expect(press('k', { ctrlKey: true, altKey: true })).toBe(false);
    expect(press('/', { ctrlKey: true })).toBe(false);
    expect(press('p', { metaKey: true })).toBe(false);
  });
});
