import { describe, expect, it } from 'vitest';
import { treeMemory, watchMemory } from '../../bench/process-memory';

const MB = 1_000_000;

describe('treeMemory', () => {
  const processes = [
    { pid: 1, parent: 0, rssBytes: 10 * MB },
    { pid: 100, parent: 1, rssBytes: 500 * MB }, // the build
    { pid: 101, parent: 100, rssBytes: 300 * MB }, // Pagefind
    { pid: 102, parent: 101, rssBytes: 50 * MB }, // something Pagefind started
    { pid: 200, parent: 1, rssBytes: 900 * MB }, // another engineer's build
  ];

  it('sums the process and all its descendants, and nothing else', () => {
    expect(treeMemory(100, processes)).toEqual({ totalBytes: 850 * MB, largestBytes: 500 * MB });
  });

  it('is zero for a process that has ended', () => {
    expect(treeMemory(999, processes)).toEqual({ totalBytes: 0, largestBytes: 0 });
  });
});

describe('watchMemory', () => {
  it('sees this test process itself', () => {
    const { peakTotalBytes, peakLargestBytes } = watchMemory(process.pid).stop();
    expect(peakLargestBytes).toBeGreaterThan(10 * MB);
    expect(peakTotalBytes).toBeGreaterThanOrEqual(peakLargestBytes);
  });
});
