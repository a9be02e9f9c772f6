import { describe, expect, it } from 'vitest';
import { SHORT_WORD_PAUSE_MS, TYPING_PAUSE_MS, searchPause, worthPreloading } from '../../../src/search/typing-pace';

describe('searchPause', () => {
  it('waits for a pause while the word being typed has one or two characters', () => {
    expect(searchPause('c')).toBe(SHORT_WORD_PAUSE_MS);
    expect(searchPause('go')).toBe(SHORT_WORD_PAUSE_MS);
    expect(searchPause('compaction b')).toBe(SHORT_WORD_PAUSE_MS);
    expect(searchPause('rust C#')).toBe(SHORT_WORD_PAUSE_MS);
  });

  it('searches almost at once from the third character, and once a space ends the word', () => {
    expect(searchPause('com')).toBe(TYPING_PAUSE_MS);
    expect(searchPause('C++')).toBe(TYPING_PAUSE_MS);
    expect(searchPause('go ')).toBe(TYPING_PAUSE_MS);
    expect(searchPause('')).toBe(TYPING_PAUSE_MS);
    expect(TYPING_PAUSE_MS).toBeLessThan(SHORT_WORD_PAUSE_MS);
  });
});

describe('worthPreloading', () => {
  it('fetches index chunks early only for a word of three characters or more', () => {
    expect(worthPreloading('bl')).toBe(false);
    expect(worthPreloading('blo')).toBe(true);
    expect(worthPreloading('bloom f')).toBe(false);
    expect(worthPreloading('bloom ')).toBe(true);
  });

  it('has nothing to fetch for an empty query', () => {
    expect(worthPreloading('')).toBe(false);
    expect(worthPreloading('   ')).toBe(false);
  });
});
