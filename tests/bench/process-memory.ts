/**
 * Peak memory of a build: the resident set sizes of a process and all its
 * descendants (Astro, Pagefind's binary, anything they spawn), summed at each
 * sample, and the largest such sum. Worker threads live inside their process,
 * so they are counted with it. Linux only: it reads /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const PAGE_BYTES = 4096;

interface ProcessSample {
  pid: number;
  parent: number;
  /** The executable's name as the kernel reports it (node, pagefind_extended, …). */
  name: string;
  rssBytes: number;
}

function readProcesses(): ProcessSample[] {
  const samples: ProcessSample[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses; the fields after its last ')' are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      samples.push({ pid: Number(entry), parent: Number(fields[1]), name, rssBytes: Number(fields[21]) * PAGE_BYTES });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return samples;
}

export interface TreeMemory {
  totalBytes: number;
  largestBytes: number;
  /** Resident bytes summed per executable name, to say which kind of process holds what. */
  byName: Record<string, number>;
}

/** The summed and the largest single resident size of `root` and its descendants, in bytes. */
export function treeMemory(root: number, processes: readonly ProcessSample[]): TreeMemory {
  const children = new Map<number, ProcessSample[]>();
  for (const process of processes) {
    const siblings = children.get(process.parent);
    if (siblings) siblings.push(process);
    else children.set(process.parent, [process]);
  }
  const tree = processes.filter((process) => process.pid === root);
  // The list grows as it is walked: each process adds its children to the end.
  for (const process of tree) tree.push(...(children.get(process.pid) ?? []));
  const byName: Record<string, number> = {};
  for (const { name, rssBytes } of tree) byName[name] = (byName[name] ?? 0) + rssBytes;
  return {
    totalBytes: tree.reduce((sum, process) => sum + process.rssBytes, 0),
    largestBytes: Math.max(0, ...tree.map((process) => process.rssBytes)),
    byName,
  };
}

/** One sample of a watched tree, `at` milliseconds after the watch started. */
export interface MemorySample extends TreeMemory {
  at: number;
}

/** The sample with the most memory held by the whole tree between `from` and `to` (ms), if any. */
export function peakBetween(timeline: readonly MemorySample[], from: number, to: number): MemorySample | undefined {
  let peak: MemorySample | undefined;
  for (const sample of timeline) {
    if (sample.at < from || sample.at > to) continue;
    if (!peak || sample.totalBytes > peak.totalBytes) peak = sample;
  }
  return peak;
}

export interface MemoryWatch {
  /** Stops sampling; the peaks seen, in bytes, and every sample. */
  stop(): { peakTotalBytes: number; peakLargestBytes: number; timeline: MemorySample[] };
}

/**
 * Samples the process tree under `root` every `intervalMs` until stopped; samples are
 * timed from `origin` (a performance.now() reading, by default now).
 */
export function watchMemory(root: number, intervalMs = 250, origin = performance.now()): MemoryWatch {
  const started = origin;
  const timeline: MemorySample[] = [];
  const sample = () => timeline.push({ at: performance.now() - started, ...treeMemory(root, readProcesses()) });
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return {
        peakTotalBytes: Math.max(0, ...timeline.map((s) => s.totalBytes)),
        peakLargestBytes: Math.max(0, ...timeline.map((s) => s.largestBytes)),
        timeline,
      };
    },
  };
}
