import { describe, expect, it } from 'vitest';
import { peakBetween, treeMemory, watchMemory } from '../../bench/process-memory';

const MB = 1_000_000;

describe('treeMemory', () => {
  const processes = [
    { pid: 1, parent: 0, name: 'init', rssBytes: 10 * MB },
    { pid: 100, parent: 1, name: 'node', rssBytes: 500 * MB }, // the build
    { pid: 101, parent: 100, name: 'pagefind', rssBytes: 300 * MB },
    { pid: 102, parent: 101, name: 'node', rssBytes: 50 * MB }, // something Pagefind started
    { pid: 200, parent: 1, name: 'node', rssBytes: 900 * MB }, // another engineer's build
  ];

  it('sums the process and all its descendants, and nothing else', () => {
    expect(treeMemory(100, processes)).toEqual({
      totalBytes: 850 * MB,
      largestBytes: 500 * MB,
      byName: { node: 550 * MB, pagefind: 300 * MB },
    });
  });

  it('is zero for a process that has ended', () => {
    expect(treeMemory(999, processes)).toEqual({ totalBytes: 0, largestBytes: 0, byName: {} });
  });
});

describe('peakBetween', () => {
  const sample = (at: number, totalBytes: number) => ({ at, totalBytes, largestBytes: totalBytes, byName: {} });
  const timeline = [sample(0, 100), sample(1000, 900), sample(2000, 300), sample(3000, 200)];

  it('picks the largest sample inside the span, not one outside it', () => {
    expect(peakBetween(timeline, 1500, 3000)?.totalBytes).toBe(300);
  });

  it('has nothing to say about a span without samples', () => {
    expect(peakBetween(timeline, 3100, 4000)).toBeUndefined();
  });
});

describe('watchMemory', () => {
  it('sees this test process itself', () => {
    const { peakTotalBytes, peakLargestBytes, timeline } = watchMemory(process.pid).stop();
    const [first] = timeline;
    expect(Object.values(first?.byName ?? {}).reduce((sum, held) => sum + held, 0)).toBe(first?.totalBytes);
    expect(peakLargestBytes).toBeGreaterThan(10 * MB);
    expect(peakTotalBytes).toBeGreaterThanOrEqual(peakLargestBytes);
  });
});
