import { describe, expect, it } from 'vitest';
import { languageName, parseCodeMeta } from '../../../src/markdown/code-blocks';
import { copyableText } from '../../../src/markdown/copyable-text';

describe('parseCodeMeta', () => {
  it.each([
    [undefined, { title: undefined, lineNumbers: false }],
    ['', { title: undefined, lineNumbers: false }],
    ['title="src/x.ts"', { title: 'src/x.ts', lineNumbers: false }],
    ["title='it has spaces.rs' {2}", { title: 'it has spaces.rs', lineNumbers: false }],
    ['{1,3-4} showLineNumbers', { title: undefined, lineNumbers: true }],
    ['title="stp.py" {3-5} showLineNumbers', { title: 'stp.py', lineNumbers: true }],
    ['subtitle="nope" showLineNumbersPlease', { title: undefined, lineNumbers: false }],
  ])('%j', (meta, expected) => {
    expect(parseCodeMeta(meta)).toEqual(expected);
  });
});

describe('languageName', () => {
  it.each([
    ['rust', 'Rust'],
    ['csharp', 'C#'],
    ['sh', 'Shell'],
    ['ts', 'TypeScript'],
    ['YAML', 'YAML'],
    ['zig', 'Zig'],
    ['bash', 'Bash'],
    ['txt', 'Text'],
    ['klingon', 'KLINGON'],
  ])('%s → %s', (lang, name) => {
    expect(languageName(lang)).toBe(name);
  });
});

describe('copyableText', () => {
  const diff = ['@@ -1,3 +1,3 @@', ' keep()', '-old()', '+new()', ' end()'];

  it('copies ordinary code as it is', () => {
    expect(copyableText(['  indented', '-not a diff', '+x'], false)).toBe('  indented\n-not a diff\n+x');
  });

  it('copies the new side of a diff: removed lines dropped, markers stripped', () => {
    expect(copyableText(diff, true)).toBe('@@ -1,3 +1,3 @@\nkeep()\nnew()\nend()');
  });
});
