/**
 * Peak memory of a build: the resident set sizes of a process and all its
 * descendants (Astro, Pagefind's binary, anything they spawn), summed at each
 * sample, and the largest such sum. Worker threads live inside their process,
 * so they are counted with it. Linux only: it reads /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

interface ProcessSample {
  pid: number;
  parent: number;
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
      samples.push({ pid: Number(entry), parent: Number(fields[1]), rssBytes: Number(fields[21]) * PAGE_BYTES });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return samples;
}

/** The summed and the largest single resident size of `root` and its descendants, in bytes. */
export function treeMemory(
  root: number,
  processes: readonly ProcessSample[],
): { totalBytes: number; largestBytes: number } {
  const children = new Map<number, ProcessSample[]>();
  for (const process of processes) {
    const siblings = children.get(process.parent);
    if (siblings) siblings.push(process);
    else children.set(process.parent, [process]);
  }
  const tree = processes.filter((process) => process.pid === root);
  // The list grows as it is walked: each process adds its children to the end.
  for (const process of tree) tree.push(...(children.get(process.pid) ?? []));
  return {
    totalBytes: tree.reduce((sum, process) => sum + process.rssBytes, 0),
    largestBytes: Math.max(0, ...tree.map((process) => process.rssBytes)),
  };
}

export interface MemoryWatch {
  /** Stops sampling; the peaks seen, in bytes. */
  stop(): { peakTotalBytes: number; peakLargestBytes: number };
}

/** Samples the process tree under `root` every `intervalMs` until stopped. */
export function watchMemory(root: number, intervalMs = 250): MemoryWatch {
  let peakTotalBytes = 0;
  let peakLargestBytes = 0;
  const sample = () => {
    const { totalBytes, largestBytes } = treeMemory(root, readProcesses());
    peakTotalBytes = Math.max(peakTotalBytes, totalBytes);
    peakLargestBytes = Math.max(peakLargestBytes, largestBytes);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakTotalBytes, peakLargestBytes };
    },
  };
}
