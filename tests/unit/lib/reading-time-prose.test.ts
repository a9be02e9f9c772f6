import { describe, expect, it } from 'vitest';
import { proseWordCount } from '../../../src/lib/reading-time';

describe('proseWordCount, what counts as prose', () => {
  it.each([
    ['an indented fence inside a list', '- one\n\n  ```sh\n  make all install\n  ```\n- two', 2],
    ['a tilde fence', 'one\n~~~\ncode words here\n~~~\ntwo', 2],
    ['a four-backtick fence holding three', 'one\n````md\n```\nx y z\n```\n````\ntwo', 2],
    ['a closing fence with trailing spaces', 'one\n```\nx y z\n```  \ntwo', 2],
    ['a fence that needs three marks', 'one `x` two', 3],
    ['"import" inside a sentence', 'we import data and export it', 6],
    ['an MDX import line', "import X from './x.svg';\nwords here", 2],
    ['an MDX export line with text after it', 'export const a = 1;\nwords', 1],
    ['a tag between two words', 'one<br>two', 2],
    ['a link target', '[two words](https://example.org/a/b/c) after', 3],
  ])('%s', (_name, markdown, words) => {
    expect(proseWordCount(markdown)).toBe(words);
  });
});
