import { describe, expect, it } from 'vitest';
import {
  excerptRuns,
  matchedWords,
  matchesQuery,
  messageText,
  resultCountMessage,
  shapeResult,
  withHighlight,
  type PagefindFragment,
} from '../../../src/search/results';

const fragment = (fields: Partial<PagefindFragment>): PagefindFragment => ({
  url: '/posts/raft/',
  excerpt: '',
  meta: {},
  ...fields,
});

describe('excerptRuns', () => {
  it('splits highlighted and plain text', () => {
    expect(excerptRuns('A <mark>raft</mark> log and <mark>raft</mark>s')).toEqual([
      { text: 'A ', marked: false },
      { text: 'raft', marked: true },
      { text: ' log and ', marked: false },
      { text: 'raft', marked: true },
      { text: 's', marked: false },
    ]);
  });

  it('turns escaped markup back into text, never into elements', () => {
    const runs = excerptRuns('shows &lt;img src=x onerror=alert(1)&gt; as <mark>text</mark> &amp; &quot;quotes&quot;');
    expect(runs.map((run) => run.text).join('')).toBe('shows <img src=x onerror=alert(1)> as text & "quotes"');
    expect(runs.filter((run) => run.marked).map((run) => run.text)).toEqual(['text']);
  });
});

describe('shapeResult', () => {
  const fragment = {
    url: '/posts/gerdu/',
    excerpt: 'the <mark>raft</mark> log',
    meta: { title: 'Gerdu <b>', date: 'Aug 20, 2026' },
    sub_results: [
      { title: 'Gerdu', url: '/posts/gerdu/', excerpt: 'intro' },
      { title: 'Raft', url: '/posts/gerdu/#raft', excerpt: '<mark>raft</mark>', anchor: { id: 'raft' } },
      { title: 'Snapshots', url: '/posts/gerdu/#snapshots', excerpt: 'snap', anchor: { id: 'snapshots' } },
      { title: 'Reads', url: '/posts/gerdu/#reads', excerpt: 'r', anchor: { id: 'reads' } },
      { title: 'Writes', url: '/posts/gerdu/#writes', excerpt: 'w', anchor: { id: 'writes' } },
    ],
  };

  it('keeps the title as text and lists up to three sections with anchors', () => {
    const shaped = shapeResult(fragment);
    expect(shaped.title).toBe('Gerdu <b>');
    expect(shaped.date).toBe('Aug 20, 2026');
    expect(shaped.status).toBe('');
    expect(shaped.sections.map((s) => s.url)).toEqual([
      '/posts/gerdu/#raft',
      '/posts/gerdu/#snapshots',
      '/posts/gerdu/#reads',
    ]);
  });

  it('falls back to the URL for a page without a title', () => {
    expect(shapeResult({ url: '/x/', excerpt: '', meta: {} }).title).toBe('/x/');
  });
});

describe('resultCountMessage', () => {
  it.each([
    [0, 'No posts match “zzz”.'],
    [1, '1 post matches “zzz”.'],
    [4, '4 posts match “zzz”.'],
  ])('%i results', (count, message) => {
    expect(messageText(resultCountMessage(count, ' zzz '))).toBe(message);
  });

  it('keeps the reader’s words apart from the sentence, to be isolated', () => {
    const rtl = '\u202Eevil';
    expect(resultCountMessage(0, rtl)).toEqual(['No posts match ', '“', { query: rtl }, '”', '.']);
  });

  it('speaks of the filters when there is no query', () => {
    expect(resultCountMessage(2, '')).toEqual(['2 posts match ', 'these filters', '.']);
  });
});

describe('matchesQuery', () => {
  const page = (content: string, ...locations: number[]) => ({ url: '/x/', excerpt: '', meta: {}, content, locations });
  const text = 'Bounding concurrency with a Semaphore, the kernel keeps x and y apart.';

  it.each([
    ['semaphore', page(text, 4)],
    ['semaph', page(text, 4)],
    ['kernels', page(text, 6)],
    ['go', page('Written in Go.', 2)],
    ['raft xylophone', page('The raft log.', 1)],
  ])('keeps %j', (query, fragment) => {
    expect(matchesQuery(fragment, query)).toBe(true);
  });

  it.each([
    ['xylophonequartz', page(text, 8)],
    ['ark', page('We are here.', 1)],
    ['documents', page('A doc.', 1)],
  ])('drops %j, matched only through a short prefix', (query, fragment) => {
    expect(matchesQuery(fragment, query)).toBe(false);
  });

  it('keeps every post of a filter-only search', () => {
    expect(matchesQuery(page(text, 8), '')).toBe(true);
  });

  it('drops a result Pagefind returned without any match position', () => {
    expect(matchesQuery(page(text), 'zzqxjvw')).toBe(false);
    expect(matchesQuery({ url: '/x/', excerpt: '', meta: {} }, 'anything')).toBe(false);
  });
});

describe('code identifiers in queries', () => {
  // Pagefind's locations for each query on a page holding this text (index built with CODE_CHARACTERS).
  const text =
    'In C++ and C#, call std::io::Read then result.unwrap() on Vec::new; io_uring, snake_case_name, --release.';
  const page = (...locations: number[]) => ({ url: '/x/', excerpt: '', meta: {}, content: text, locations });

  it.each([
    ['C++', [1], ['c++']],
    ['C#', [3], ['c#']],
    ['std::io::Read', [5], ['std::io::read']],
    ['std::io::Re', [5], ['std::io::read']],
    ['.unwrap()', [7], ['.unwrap']],
    ['Vec::new', [9], ['vec::new']],
    ['io_uring', [10], ['io_uring']],
    ['snake_case_name', [11], ['snake_case_name']],
    ['--release', [12], ['--release']],
    ['read', [5], ['read']],
  ])('%j matches and carries the identifier whole', (query, locations, words) => {
    expect(matchesQuery(page(...locations), query)).toBe(true);
    expect(matchedWords(page(...locations), query)).toEqual(words);
  });

  it.each([
    ['C++', [3]],
    ['--release', [5]],
    ['::read', [9]],
    ['case_name', [11]],
  ])('drops %j where the page has only another identifier', (query, locations) => {
    expect(matchesQuery(page(...locations), query)).toBe(false);
  });
});

describe('matches in the title', () => {
  it('keeps a post whose title matched though its text has no match position', () => {
    const fragment = {
      url: '/x/',
      excerpt: '',
      meta: { title: 'Tuning the Zephyr scheduler' },
      content: 'Text.',
      locations: [],
    };
    expect(matchesQuery(fragment, 'zephyr')).toBe(true);
    expect(matchedWords(fragment, 'zephyr')).toEqual(['zephyr']);
    expect(matchesQuery(fragment, 'zzqxjvw')).toBe(false);
  });
});

describe('matchedWords and highlights in result links', () => {
  // Recorded from Pagefind for "semaphore kernel" (content shortened, positions kept).
  const fragment = {
    url: '/posts/rust-search/',
    excerpt: '',
    meta: { title: 'Search' },
    content: 'A Semaphore bounds work. Semaphores and the kernel. Semantics aside.',
    locations: [1, 4, 7, 8],
    sub_results: [{ title: 'Limits', url: '/posts/rust-search/#limits', excerpt: '', anchor: { id: 'limits' } }],
  };

  it('lists each matching word once, and not a stray prefix match', () => {
    expect(matchedWords(fragment, 'semaphore kernel')).toEqual(['semaphore', 'semaphores', 'kernel']);
  });

  it('puts the words in the result and section links, before the #section', () => {
    const shaped = shapeResult(fragment, 'semaphore kernel');
    expect(shaped.url).toBe('/posts/rust-search/?highlight=semaphore+semaphores+kernel');
    expect(shaped.sections[0]?.url).toBe('/posts/rust-search/?highlight=semaphore+semaphores+kernel#limits');
  });

  it('leaves a link alone when nothing is to be highlighted', () => {
    expect(withHighlight('/posts/x/#a', [])).toBe('/posts/x/#a');
    expect(withHighlight('/posts/x/?v=1', ['c'])).toBe('/posts/x/?v=1&highlight=c');
  });
});

describe('shapeResult, exactly', () => {
  it('keeps only sections with their own heading, never the page itself, and fills missing metadata', () => {
    const shaped = shapeResult(
      fragment({
        excerpt: 'a &#x27;b&#39; <mark>c</mark>',
        sub_results: [
          { title: 'Page', url: '/posts/raft/', excerpt: 'x', anchor: { id: 'top' } },
          { title: 'No anchor', url: '/posts/raft/#loose', excerpt: 'y' },
          { title: 'Log', url: '/posts/raft/#log', excerpt: '<mark>log</mark>', anchor: { id: 'log' } },
        ],
      }),
    );
    expect(shaped).toEqual({
      url: '/posts/raft/',
      title: '/posts/raft/',
      date: '',
      status: '',
      excerpt: [
        { text: "a 'b' ", marked: false },
        { text: 'c', marked: true },
      ],
      sections: [{ title: 'Log', url: '/posts/raft/#log', excerpt: [{ text: 'log', marked: true }] }],
    });
  });

  it('drops empty runs between highlights', () => {
    expect(excerptRuns('<mark>a</mark><mark>b</mark>')).toEqual([
      { text: 'a', marked: true },
      { text: 'b', marked: true },
    ]);
  });
});

describe('resultCountMessage trims the query it quotes', () => {
  it.each([
    [0, '  raft ', 'No posts match “raft”.'],
    [2, '  ', '2 posts match these filters.'],
  ])('%i for %j', (count, query, message) => {
    expect(messageText(resultCountMessage(count, query))).toBe(message);
  });
});

describe('matchesQuery, word by word', () => {
  const at = (content: string, locations: number[]) => fragment({ content, locations });

  it('reads the matched words whatever their case, split on any run of spaces', () => {
    expect(matchesQuery(at('The  KERNEL\tpanics', [1]), 'kernel')).toBe(true);
  });

  it('needs one matched word to share most of one query word', () => {
    expect(matchesQuery(at('xenon xray', [0, 1]), 'xylophone')).toBe(false);
    expect(matchesQuery(at('semaphore', [0]), 'semaph')).toBe(true);
    expect(matchesQuery(at('sema', [0]), 'semaphore')).toBe(false);
    expect(matchesQuery(at('kern', [0]), 'kernels')).toBe(true);
    expect(matchesQuery(at('ab', [0]), 'abcd')).toBe(false);
    expect(matchesQuery(at('abc', [0]), 'abcdef')).toBe(true);
    expect(matchesQuery(at('abc', [0]), 'abcdefg')).toBe(false);
    expect(matchesQuery(at('abc', [0]), 'ab')).toBe(true);
  });

  it('passes every result of a search without query words', () => {
    expect(matchesQuery(at('zzz', [0]), '  ')).toBe(true);
  });

  it('drops a result that shows no matched word: no content or no locations', () => {
    expect(matchesQuery(fragment({ locations: [0] }), 'raft')).toBe(false);
    expect(matchesQuery(fragment({ content: 'zzz' }), 'raft')).toBe(false);
    expect(matchesQuery(at('zzz', []), 'raft')).toBe(false);
  });
});
