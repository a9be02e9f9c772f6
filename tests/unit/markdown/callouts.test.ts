import { describe, expect, it } from 'vitest';
import { parseAlertMarker } from '../../../src/markdown/callouts';

describe('parseAlertMarker', () => {
  it.each([
    ['[!NOTE]\nText', 'note', 8],
    ['[!TIP]', 'tip', 6],
    ['[!IMPORTANT]\n', 'note', 13],
    ['[!WARNING]  \nMind the gap', 'warning', 13],
    ['[!CAUTION]\n', 'danger', 11],
  ])('%j is a %s callout with a %i-character marker', (text, type, length) => {
    expect(parseAlertMarker(text)).toEqual({ type, length });
  });

  it.each([
    ['Just a quote'],
    ['[!SHOUT]\nUnknown kind'],
    ['[!note]\nLower case'],
    ['Text then [!NOTE]'],
    ['[!NOTE] and text on the same line'],
  ])('%j is an ordinary quote', (text) => {
    expect(parseAlertMarker(text)).toBeUndefined();
  });
});
