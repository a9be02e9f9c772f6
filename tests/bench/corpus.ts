/**
 * A synthetic corpus for the build benchmark: posts shaped like ours (front matter the
 * schema accepts, sections, lists, a table, quotes, code in several languages) so that
 * Markdown rendering, Shiki, year grouping and search indexing all have real work to do.
 *
 * Pure and deterministic: the same seed always gives the same posts, and each post
 * depends only on the seed and its own index, so a 100-post corpus is exactly the first
 * tenth of the 1000-post one and the two sizes compare like with like.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { proseWordCount } from '../../src/lib/reading-time.ts';

export interface CorpusPost {
  slug: string;
  source: string;
}

/** Tags drawn from a fixed vocabulary so tag pages group many posts each. */
export const CORPUS_TAGS = [
  'rust',
  'go',
  'python',
  'networking',
  'linux',
  'kernel',
  'databases',
  'distributed-systems',
  'performance',
  'security',
  'compilers',
  'observability',
  'storage',
  'concurrency',
  'testing',
] as const;

export const CODE_LANGUAGES = ['rust', 'go', 'python', 'ts', 'c', 'yaml', 'sh'] as const;
type CodeLanguage = (typeof CODE_LANGUAGES)[number];

/** Bounds of the prose (code excluded) in every post, as the site's reading time counts it. */
export const PROSE_WORDS = { min: 800, max: 1500 } as const;

// Posts dated after the build day are left out of a production build, so the newest
// date stays safely in the past while still giving 2026 a year heading.
const FIRST_DAY = Date.UTC(2012, 0, 1);
const LAST_DAY = Date.UTC(2026, 5, 30);
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------
// Randomness

interface Picker {
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  chance(probability: number): boolean;
}

/** mulberry32: a 32-bit generator, tiny and the same on every platform, which is all a corpus needs. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

function picker(seed: number): Picker {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error('cannot pick from an empty list');
    return item;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(...pool.splice(int(0, pool.length - 1), 1));
    return chosen;
  };
  return { int, pick, sample, chance: (probability) => next() < probability };
}

/** Spreads neighbouring indexes far apart so consecutive posts do not start from similar states. */
function postSeed(seed: number, index: number): number {
  return Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b);
}

// ---------------------------------------------------------------------------
// Prose vocabulary: real technical words, so a search for "retransmission" or
// "compaction" finds posts and ranks them by how often the words occur.

const WORDS: Record<string, readonly string[]> = {
  thing: [
    'the page cache',
    'a ring buffer',
    'the scheduler',
    'the write-ahead log',
    'an inverted index',
    'the TCP congestion window',
    'a B-tree',
    'the epoll loop',
    'an io_uring submission queue',
    'the garbage collector',
    'a Raft follower',
    'the routing table',
    'a BGP session',
    'the connection pool',
    'an eBPF probe',
    'the DNS resolver',
    'a cgroup',
    'the memory allocator',
    'the TLS handshake',
    'a bloom filter',
    'the query planner',
    'a lock-free queue',
    'the interrupt handler',
    'the compaction thread',
    'a gRPC stream',
    'the tokenizer',
    'the borrow checker',
    'a goroutine pool',
    'the NIC driver',
    'a Kafka consumer',
  ],
  quality: [
    'contended',
    'idle',
    'cold',
    'warm',
    'bounded',
    'asynchronous',
    'deterministic',
    'lock-free',
    'zero-copy',
    'memory-mapped',
    'single-threaded',
    'sharded',
    'replicated',
    'checksummed',
    'buffered',
    'batched',
    'fragmented',
  ],
  did: [
    'profiled',
    'traced',
    'rewrote',
    'batched',
    'pinned',
    'sharded',
    'flushed',
    'reordered',
    'inlined',
    'vectorised',
    'throttled',
    'cached',
    'instrumented',
    'bisected',
    'benchmarked',
  ],
  doing: [
    'Profiling',
    'Tracing',
    'Rewriting',
    'Debugging',
    'Benchmarking',
    'Sharding',
    'Taming',
    'Measuring',
    'Replacing',
    'Shrinking',
  ],
  metric: [
    'tail latency',
    'p99 latency',
    'throughput',
    'the allocation rate',
    'the cache miss rate',
    'the context switch rate',
    'the syscall count',
    'heap size',
    'packet loss',
    'the retransmission rate',
    'build time',
    'startup time',
    'lock hold time',
    'queue depth',
  ],
  tool: [
    'perf',
    'strace',
    'bpftrace',
    'tcpdump',
    'Wireshark',
    'a flame graph',
    'valgrind',
    'gdb',
    'pprof',
    'hyperfine',
    'criterion',
    'iperf3',
    'DTrace',
    'heaptrack',
  ],
  system: [
    'Linux',
    'FreeBSD',
    'Kubernetes',
    'PostgreSQL',
    'SQLite',
    'Redis',
    'nginx',
    'Envoy',
    'OpenStack',
    'the JVM',
    'Tokio',
    'the Go runtime',
    'CPython',
    'glibc',
    'the Rust standard library',
  ],
  cause: [
    'a missing fsync',
    'false sharing between two counters',
    'an unbounded retry loop',
    'a leaked file descriptor',
    'the Nagle algorithm',
    'a lock taken on every read',
    'an accidental quadratic scan',
    'a timer wheel with too few slots',
    'a checksum computed twice',
    'an MTU mismatch on the tunnel',
    'a hash map resized under load',
    'clock skew between two nodes',
  ],
  waiting: [
    'waiting on a futex',
    'spinning on a contended lock',
    'copying buffers between user space and the kernel',
    'blocked in fsync',
    'retrying failed writes',
    'walking a linked list',
    'parked on an empty channel',
    'sorting the same slice again',
  ],
  moved: ['dropped by half', 'doubled', 'barely moved', 'fell below a millisecond', 'became predictable', 'flattened'],
};

const SENTENCES = [
  'The first thing {tool} showed was that {thing} spent most of its time {waiting}.',
  'On {system}, {thing} behaves differently once it is {quality}.',
  'I {did} {thing} and {metric} {moved}.',
  'Nothing about {thing} looked wrong until {tool} pointed at {cause}.',
  'The usual advice is to keep {thing} {quality}, but that only holds while {metric} is low.',
  'One {quality} design for {thing} trades memory for {metric}.',
  'With {tool} attached, {metric} {moved} and the profile finally made sense.',
  'The root cause was {cause}, hidden behind {thing}.',
  'Most of the work happens in {thing}, so that is where I {did} first.',
  'Under load, {thing} ends up {waiting}, and {metric} suffers.',
  'Once {thing} was {did}, {metric} {moved}.',
  'It is tempting to blame {system}, yet the numbers point at {thing}.',
  'The fix was small: {thing} is now {quality}, and {cause} can no longer happen.',
  'Every request touches {thing} at least twice, which is why we watch {metric} so closely here.',
  'I kept one {quality} copy of {thing} around to compare against.',
  'Reading the source of {system} explained why {thing} is {quality} by default.',
  'A second run with {tool} confirmed that {metric} {moved}.',
  'The benchmark is deliberately boring: one client, one server, and {thing} in between.',
  'If {thing} is {quality}, the kernel never has to wake the scheduler.',
  'The trace made it obvious that {cause} was costing more than the work itself.',
  'Swapping {thing} for {thing} was the experiment that settled it.',
  'Nobody notices {metric} until a deploy on {system} makes it visible.',
  'The comparison below uses the same hardware and the same {quality} workload.',
  'In hindsight, {cause} explains every odd graph from the first week.',
];

const TITLES = [
  '{doing} {thing} on {system}',
  'What {tool} taught me about {metric}',
  'Chasing {metric} through {thing}',
  'Designing {thing} to be {quality}',
  'How {cause} broke {thing}',
  'Notes on {thing} in {system}',
  '{doing} {thing}: a week with {tool}',
  'When {thing} is {waiting}',
];

const DESCRIPTIONS = [
  'A look at {thing} on {system}, and why {metric} {moved} once it was {did}.',
  'How {tool} found {cause} hiding in {thing}.',
  'Measuring {metric} in a {quality} setup, from the first trace to the fix.',
  'Notes from a week spent with {thing}, {tool} and {system}.',
];

const HEADINGS = [
  'Background',
  'The setup',
  'Measuring {metric}',
  'What {tool} showed',
  'Why {thing} stalls',
  'A closer look at {thing}',
  'The fix',
  'Results',
  'Trade-offs',
  'What I would do differently',
  'Reproducing it on {system}',
  'Lessons from {cause}',
];

const SUBHEADINGS = ['A first attempt', '{doing} {thing}', 'The numbers', 'Edge cases', 'Under load', 'On {system}'];

const BULLETS = [
  '{thing} kept {quality}, with {tool} attached',
  '{metric} recorded before and after each change',
  'a regression test for {cause}',
  'one run per configuration on {system}',
  'the {quality} variant of {thing} as a baseline',
  'no changes to {thing} beyond what the profile asked for',
];

const STEPS = [
  'Run `{tool}` against {thing} for a full minute.',
  'Pin {thing} to one core and repeat the run.',
  'Compare {metric} with the baseline.',
  'Make {thing} {quality} and measure again.',
  'Write down what {tool} shows before touching anything.',
  'Check that {cause} is really gone.',
];

const QUOTES = [
  'Measure first and change {thing} second; the other order wastes a week.',
  'If {metric} is not on a graph, it is not under control.',
  'Every {quality} queue is a promise about {metric}.',
];

const TABLE_SETUPS = ['baseline', 'pinned', 'batched', 'sharded', 'zero-copy', 'tuned', 'patched'];
const TABLE_UNITS = ['ms', 'µs', 'MB', 'req/s', '%'];

function fill(p: Picker, template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const words = WORDS[key];
    if (!words) throw new Error(`no words for {${key}}`);
    return p.pick(words);
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(p: Picker): string {
  return capitalise(fill(p, p.pick(SENTENCES)));
}

function paragraph(p: Picker): string {
  return Array.from({ length: p.int(3, 5) }, () => sentence(p)).join(' ');
}

function bulletList(p: Picker): string {
  return p
    .sample(BULLETS, p.int(3, 6))
    .map((item) => `- ${capitalise(fill(p, item))}`)
    .join('\n');
}

function numberedList(p: Picker): string {
  return p
    .sample(STEPS, p.int(3, 5))
    .map((step, index) => `${index + 1}. ${fill(p, step)}`)
    .join('\n');
}

function table(p: Picker): string {
  const unit = p.pick(TABLE_UNITS);
  const metric = capitalise(fill(p, '{metric}'));
  const rows = p.sample(TABLE_SETUPS, p.int(3, 5)).map((setup) => {
    const before = p.int(20, 900);
    return `| ${capitalise(setup)} | ${fill(p, '{thing}')} | ${before} ${unit} | ${p.int(5, before)} ${unit} |`;
  });
  return [`| Setup | Component | ${metric} before | After |`, '| --- | --- | ---: | ---: |', ...rows].join('\n');
}

function blockquote(p: Picker): string {
  return `> ${capitalise(fill(p, p.pick(QUOTES)))} ${sentence(p)}`;
}

function callout(p: Picker): string {
  return `> [!${p.pick(['NOTE', 'TIP', 'WARNING'])}]\n> ${sentence(p)}`;
}

// ---------------------------------------------------------------------------
// Code: per language, a function (or config, or script) head and foot around a body
// filled from statement snippets. The first snippet of each language is one line long,
// so any body length can be met exactly.

const VERBS = ['flush', 'drain', 'parse', 'encode', 'probe', 'compact', 'route', 'retry', 'merge', 'split', 'resolve'];
const NOUNS = ['buffer', 'frame', 'packet', 'segment', 'entry', 'record', 'token', 'page', 'chunk', 'peer', 'shard'];
const SERVICES = ['indexer', 'gateway', 'resolver', 'collector', 'scheduler', 'proxy', 'compactor', 'exporter'];
const CODE_COMMENTS = [
  'keep the hot path free of allocations',
  'the kernel rounds this up to a whole page',
  'measured on a cold cache',
  'cheaper than taking the lock here',
  'bounded so that one slow peer cannot stall the rest',
  'matches the numbers in the table above',
];

interface CodeNames {
  verb: string;
  noun: string;
  n: () => number;
  comment: () => string;
}

interface CodeShape {
  head: (names: CodeNames) => string[];
  foot: string[];
  snippets: readonly ((names: CodeNames) => string[])[];
}

const upper = (word: string) => capitalise(word);

const CODE_SHAPES: Record<CodeLanguage, CodeShape> = {
  rust: {
    head: ({ verb, noun }) => [`pub fn ${verb}_${noun}s(${noun}s: &[Vec<u8>]) -> u64 {`, '    let mut total: u64 = 0;'],
    foot: ['    total', '}'],
    snippets: [
      ({ noun, n }) => [`    total += ${noun}s.len() as u64 * ${n()};`],
      ({ n }) => [`    total = total.saturating_sub(${n()});`],
      ({ noun, n }) => [
        `    for ${noun} in ${noun}s.iter().take(${n()}) {`,
        `        total += ${noun}.len() as u64;`,
        '    }',
      ],
      ({ comment }) => [`    // ${comment()}`],
      ({ noun, n }) => [`    debug_assert!(total < ${n() * 1000}, "too many ${noun}s");`],
    ],
  },
  go: {
    head: ({ verb, noun }) => [`func ${upper(verb)}${upper(noun)}s(${noun}s [][]byte) int {`, '\ttotal := 0'],
    foot: ['\treturn total', '}'],
    snippets: [
      ({ noun, n }) => [`\ttotal += len(${noun}s) * ${n()}`],
      ({ n }) => [`\tif total > ${n()} {`, `\t\ttotal -= ${n()}`, '\t}'],
      ({ noun }) => [`\tfor _, ${noun} := range ${noun}s {`, `\t\ttotal += bytes.Count(${noun}, []byte("\\n"))`, '\t}'],
      ({ comment }) => [`\t// ${comment()}`],
      ({ verb }) => [`\tlog.Printf("${verb}: total=%d", total)`],
    ],
  },
  python: {
    head: ({ verb, noun }) => [`def ${verb}_${noun}s(${noun}s):`, '    total = 0'],
    foot: ['    return total'],
    snippets: [
      ({ noun, n }) => [`    total += len(${noun}s) * ${n()}`],
      ({ noun, n }) => [`    for ${noun} in ${noun}s[:${n()}]:`, `        total += len(${noun})`],
      ({ n }) => [`    if total > ${n()}:`, `        total -= ${n()}`],
      ({ comment }) => [`    # ${comment()}`],
      ({ verb }) => [`    log.debug("${verb} total=%d", total)`],
    ],
  },
  ts: {
    head: ({ verb, noun }) => [
      `export function ${verb}${upper(noun)}s(${noun}s: readonly string[]): number {`,
      '  let total = 0;',
    ],
    foot: ['  return total;', '}'],
    snippets: [
      ({ noun, n }) => [`  total += ${noun}s.filter((${noun}) => ${noun}.length > ${n()}).length;`],
      ({ noun, n }) => [`  for (const ${noun} of ${noun}s.slice(0, ${n()})) {`, `    total += ${noun}.length;`, '  }'],
      ({ n }) => [`  if (total > ${n()}) total -= ${n()};`],
      ({ comment }) => [`  // ${comment()}`],
      ({ verb }) => [`  console.debug(\`${verb}: \${total}\`);`],
    ],
  },
  c: {
    head: ({ verb, noun }) => [
      `static size_t ${verb}_${noun}s(const char *${noun}, size_t len)`,
      '{',
      '    size_t total = 0;',
    ],
    foot: ['    return total;', '}'],
    snippets: [
      ({ n }) => [`    total += len / ${n()};`],
      ({ noun, n }) => [
        `    for (size_t i = 0; i < len && i < ${n()}; i++) {`,
        `        total += ${noun}[i] == '\\n';`,
        '    }',
      ],
      ({ n }) => [`    if (total > ${n()})`, `        total -= ${n()};`],
      ({ comment }) => [`    /* ${comment()} */`],
    ],
  },
  yaml: {
    head: ({ verb }) => [`${verb}:`],
    foot: [],
    snippets: [
      ({ comment }) => [`  # ${comment()}`],
      ({ noun, n }) => {
        const port = 8000 + n();
        return [
          `  ${SERVICES[n() % SERVICES.length] ?? 'worker'}-${noun}-${n()}:`,
          `    image: registry.example.com/${noun}:${(n() % 9) + 1}.${n() % 20}`,
          `    replicas: ${(n() % 7) + 1}`,
          `    ports: ["${port}:${port}"]`,
        ];
      },
      ({ noun, n }) => [`  ${noun}-limits-${n()}:`, `    memory: ${n()}Mi`, `    cpu: ${n()}m`],
    ],
  },
  sh: {
    head: () => ['#!/bin/sh', 'set -eu'],
    foot: [],
    snippets: [
      ({ verb, n }) => [`perf record -g -p "$(pidof ${verb}d)" -- sleep ${n()}`],
      ({ n }) => [`tcpdump -i eth0 -c ${n()} -w /tmp/capture.pcap port ${8000 + n()}`],
      ({ n }) => [`sysctl -w net.core.somaxconn=${n() * 16}`],
      ({ noun, n }) => [`curl -fsS http://127.0.0.1:${8000 + n()}/metrics | grep -c ${noun}`],
      ({ comment }) => [`# ${comment()}`],
      ({ verb, n }) => [`for i in $(seq 1 ${n()}); do`, `  hyperfine --warmup 3 "./${verb} --run $i"`, 'done'],
    ],
  },
};

export const CODE_LINES = { min: 5, max: 25 } as const;

function codeFence(p: Picker, language: CodeLanguage): string {
  const shape = CODE_SHAPES[language];
  const names: CodeNames = {
    verb: p.pick(VERBS),
    noun: p.pick(NOUNS),
    n: () => p.int(2, 512),
    comment: () => p.pick(CODE_COMMENTS),
  };
  const head = shape.head(names);
  const lines = p.int(CODE_LINES.min, CODE_LINES.max);
  const oneLiner = shape.snippets[0];
  if (!oneLiner) throw new Error(`no snippets for ${language}`);
  const body: string[] = [];
  while (head.length + body.length + shape.foot.length < lines) {
    const room = lines - head.length - body.length - shape.foot.length;
    const snippet = p.pick(shape.snippets)(names);
    body.push(...(snippet.length <= room ? snippet : oneLiner(names)));
  }
  return ['```' + language, ...head, ...body, ...shape.foot, '```'].join('\n');
}

// ---------------------------------------------------------------------------
// Posts

interface Block {
  markdown: string;
  /** Prose words in the block as the site counts them; 0 for code. */
  words: number;
}

const prose = (markdown: string): Block => ({ markdown, words: proseWordCount(markdown) });

/** Inserts a block at a random position after the section's heading. */
function insertAfterHeading(p: Picker, section: Block[], block: Block): void {
  section.splice(p.int(1, section.length), 0, block);
}

function body(p: Picker): string {
  const headings = p.sample(HEADINGS, p.int(3, 6)).map((heading) => capitalise(fill(p, heading)));
  const sections = headings.map((heading) => [prose(`## ${heading}`), prose(paragraph(p))]);
  const pickSection = () => p.pick(sections);

  const languages = p.sample(CODE_LANGUAGES, p.int(2, 4));
  const features: Block[] = [
    prose(bulletList(p)),
    prose(numberedList(p)),
    prose(table(p)),
    prose(blockquote(p)),
    ...languages.map((language) => ({ markdown: codeFence(p, language), words: 0 })),
  ];
  if (p.chance(0.3)) features.push(prose(callout(p)));
  for (const feature of features) insertAfterHeading(p, pickSection(), feature);
  // A subheading always comes with a paragraph of its own, so it never ends a section empty.
  const subheadings = p.sample(SUBHEADINGS, sections.length);
  sections.forEach((section, index) => {
    const subheading = subheadings[index];
    if (subheading === undefined || !p.chance(0.4)) return;
    section.splice(p.int(2, section.length), 0, prose(`### ${capitalise(fill(p, subheading))}`), prose(paragraph(p)));
  });

  const intro = prose(paragraph(p));
  const countWords = () => intro.words + sections.flat().reduce((sum, block) => sum + block.words, 0);
  // One paragraph is at most ~130 words, so stopping at the first count past the target
  // keeps every post inside the bounds.
  const target = p.int(PROSE_WORDS.min + 20, PROSE_WORDS.max - 150);
  while (countWords() < target) insertAfterHeading(p, pickSection(), prose(paragraph(p)));

  return [intro, ...sections.flat()].map((block) => block.markdown).join('\n\n');
}

function dateOf(p: Picker): string {
  const days = Math.floor((LAST_DAY - FIRST_DAY) / DAY_MS);
  return new Date(FIRST_DAY + p.int(0, days) * DAY_MS).toISOString().slice(0, 10);
}

/** YAML single-quoted scalar: no escapes besides doubling the quote. */
function yamlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function post(seed: number, index: number): CorpusPost {
  const p = picker(postSeed(seed, index));
  const frontMatter = [
    `title: ${yamlString(capitalise(fill(p, p.pick(TITLES))))}`,
    `description: ${yamlString(capitalise(fill(p, p.pick(DESCRIPTIONS))))}`,
    `date: ${dateOf(p)}`,
    `tags: [${p.sample(CORPUS_TAGS, p.int(1, 4)).join(', ')}]`,
    'draft: false',
  ];
  return {
    slug: `bench-post-${String(index + 1).padStart(4, '0')}`,
    source: `---\n${frontMatter.join('\n')}\n---\n\n${body(p)}\n`,
  };
}

export function generateCorpus(count: number, seed = 1): CorpusPost[] {
  return Array.from({ length: count }, (_, index) => post(seed, index));
}

export function writeCorpus(dir: string, count: number, seed?: number): void {
  mkdirSync(dir, { recursive: true });
  for (const { slug, source } of generateCorpus(count, seed)) {
    writeFileSync(join(dir, `${slug}.md`), source);
  }
}
