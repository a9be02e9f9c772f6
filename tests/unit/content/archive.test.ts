/**
 * The archive the site ships with (../shared/POSTS.md in the brief): these
 * titles, in these years, in this order, each a complete post. The author may
 * add posts and tags around them; only the archive's own posts are checked.
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

const posts = authoredPosts();
const sourceOf = (slug: string) =>
  ['.md', '.mdx', '/index.md', '/index.mdx']
    .map((end) => join(POSTS_DIR, `${slug}${end}`))
    .find((file) => existsSync(file)) ?? '';
const bodyOf = (slug: string) => readFileSync(sourceOf(slug), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

const archiveTitles = ARCHIVE.flatMap(([, titles]) => titles);
const archivePosts = archiveTitles.flatMap((title) => posts.filter((post) => post.title === title));

describe('the archive', () => {
  it('holds each of its nineteen posts once, published, in its year', () => {
    expect(archiveTitles).toHaveLength(19);
    for (const [year, titles] of ARCHIVE) {
      for (const title of titles) {
        const found = posts.filter((post) => post.title === title);
        expect(found, title).toHaveLength(1);
        expect(found[0]?.date.slice(0, 4), title).toBe(String(year));
        expect(found[0]?.draft, title).toBe(false);
      }
    }
  });

  it('lists its posts newest first in the order the archive has them, whatever else the site holds', () => {
    const newestFirst = [...posts].sort((a, b) => b.date.localeCompare(a.date)).map((post) => post.title);
    expect(newestFirst.filter((title) => archiveTitles.includes(title))).toEqual(archiveTitles);
  });

  it.each(archivePosts.map((post) => [post.slug, post]))(
    '%s is a full article with a one-sentence description and 1–4 tags',
    (slug, post) => {
      const words = proseWordCount(bodyOf(slug));
      expect(words).toBeGreaterThanOrEqual(600);
      expect(words).toBeLessThanOrEqual(1700);
      expect(post.description).toMatch(/^[^.!?]+(?:\.[^\s.!?][^.!?]*)*[.!?]$/);
      expect(post.tags.length).toBeGreaterThanOrEqual(1);
      expect(post.tags.length).toBeLessThanOrEqual(4);
      // Tags as the README asks authors to write them: lower-case words joined by hyphens.
      for (const tag of post.tags) expect(tag).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
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

  it('makes the two Azure posts one series, and no other archive post part of it', () => {
    const azure = archivePosts.filter((post) => post.title.startsWith('Collecting Data'));
    expect(azure).toHaveLength(2);
    const [name] = azure.map((post) => post.series);
    expect(name).toBeDefined();
    expect(azure.every((post) => post.series === name)).toBe(true);
    expect(archivePosts.filter((post) => post.series === name)).toHaveLength(2);
  });
});
