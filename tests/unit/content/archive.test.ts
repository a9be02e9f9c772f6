/**
 * The archive the site ships with (../shared/POSTS.md in the brief): these
 * titles, in these years, in this order, each a complete post.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proseWordCount } from '../../../src/lib/reading-time';
import { authoredPosts, POSTS_DIR } from '../../support/content';

const ARCHIVE: [number, string[]][] = [
  [
    2026,
    [
      'Building a Search Engine in Rust: Crawl, Index, Rank',
      'Gerdu: A Multi-Protocol, Raft-Backed Key-Value Store in Go',
      'PathForge: Writing a BGP-4 Daemon from Scratch in Rust',
      'Writing a Small S3 Proxy in Rust',
      'Building Sentry: A Secure Job Runner with cgroups and mTLS',
    ],
  ],
  [
    2025,
    [
      'Snake on a Cube: 3D Snake in Rust and WebAssembly',
      'Reimplementing S3 from Scratch: An Object Store in Rust',
      'NetChaos: Declarative Network Chaos with eBPF and Kubernetes',
    ],
  ],
  [2022, ['How a Local IP Address Broke IPv6 Tunnels in the Linux Kernel']],
  [
    2015,
    [
      'Data-Mining PCAP files using Weka and Python DPKT library',
      'OpenStack REST API Direct Call',
      'GSoC 2015 RouteFlow Proposal',
      'Playing With K-nearest Neighbors Algorithm',
      'Why does functional programming matter?',
    ],
  ],
  [
    2014,
    [
      'Collecting Data Using Windows Azure Part 2',
      'Spanning Tree',
      'Hello Complex Networks!!!',
      'Collecting Data using Windows Azure Part 1',
    ],
  ],
  [2012, ['QoS optimization for real-time services in FreeBSD']],
];

const TAGS = new Set([
  'rust',
  'go',
  'python',
  'javascript',
  'csharp',
  'c',
  'networking',
  'distributed-systems',
  'linux',
  'storage',
  'kubernetes',
  'machine-learning',
  'cloud',
  'security',
  'search',
  'webassembly',
  'sdn',
  'functional-programming',
  'freebsd',
]);

const posts = authoredPosts();
const sourceOf = (slug: string) =>
  ['.md', '.mdx', '/index.md', '/index.mdx']
    .map((end) => join(POSTS_DIR, `${slug}${end}`))
    .find((file) => existsSync(file)) ?? '';
const bodyOf = (slug: string) => readFileSync(sourceOf(slug), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

describe('the archive', () => {
  it('holds exactly the nineteen posts, in their years, newest first', () => {
    const byYear = [...new Set(posts.map((post) => Number(post.date.slice(0, 4))))]
      .sort((a, b) => b - a)
      .map((year): [number, string[]] => [
        year,
        posts
          .filter((post) => post.date.startsWith(String(year)))
          .sort((a, b) => b.date.localeCompare(a.date))
          .map((post) => post.title),
      ]);
    expect(byYear).toEqual(ARCHIVE);
    expect(posts.every((post) => !post.draft)).toBe(true);
  });

  it.each(posts.map((post) => [post.slug, post]))(
    '%s is a full article with a one-sentence description and 1–4 known tags',
    (slug, post) => {
      const words = proseWordCount(bodyOf(slug));
      expect(words).toBeGreaterThanOrEqual(600);
      expect(words).toBeLessThanOrEqual(1700);
      expect(post.description).toMatch(/^[^.!?]+(?:\.[^\s.!?][^.!?]*)*[.!?]$/);
      expect(post.tags.length).toBeGreaterThanOrEqual(1);
      expect(post.tags.length).toBeLessThanOrEqual(4);
      for (const tag of post.tags) expect(TAGS.has(tag), tag).toBe(true);
      expect(bodyOf(slug)).toMatch(/^## /m);
    },
  );

  it('shows code in at least eight languages across the posts', () => {
    const languages = new Set(
      posts.flatMap((post) => [...bodyOf(post.slug).matchAll(/^```(\w+)/gm)].map((match) => match[1])),
    );
    for (const plain of ['text', 'http', 'json', 'ini', 'toml', 'xml', 'html']) languages.delete(plain);
    expect(languages.size).toBeGreaterThanOrEqual(8);
  });

  it('has posts that keep their pictures beside them', () => {
    const folders = readdirSync(POSTS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const illustrated = folders.filter((folder) =>
      readdirSync(join(POSTS_DIR, folder.name)).some((file) => /\.(svg|png|jpe?g|webp|avif)$/.test(file)),
    );
    expect(illustrated.length).toBeGreaterThanOrEqual(2);
  });

  it('makes the two Azure posts one series', () => {
    const series = posts.filter((post) => post.series !== undefined);
    expect(series.map((post) => post.slug).sort()).toEqual([
      'collecting-data-windows-azure-part-1',
      'collecting-data-windows-azure-part-2',
    ]);
    expect(new Set(series.map((post) => post.series)).size).toBe(1);
  });
});
