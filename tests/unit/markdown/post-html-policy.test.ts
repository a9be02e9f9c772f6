import { describe, expect, it } from 'vitest';
import { repairWarnings } from '../../../src/markdown/post-html-policy';

describe('repairWarnings', () => {
  const repairs = (count: number) => Array.from({ length: count }, (_, i) => `removed style="color:${i}" from <td>`);

  it('names the post on every line and lists up to twenty repairs one by one', () => {
    const lines = repairWarnings('content/posts/a.md', repairs(20));
    expect(lines).toHaveLength(20);
    expect(lines[0]).toBe('[post-html] content/posts/a.md: removed style="color:0" from <td>');
    expect(lines.every((line) => line.startsWith('[post-html] content/posts/a.md: '))).toBe(true);
  });

  it('counts the rest in one line', () => {
    const lines = repairWarnings('content/posts/a.md', repairs(594));
    expect(lines).toHaveLength(21);
    expect(lines.at(-1)).toBe('[post-html] content/posts/a.md: and 574 more repairs like these');
  });

  it('says nothing for a post that needed no repair', () => {
    expect(repairWarnings('content/posts/a.md', [])).toEqual([]);
  });
});
