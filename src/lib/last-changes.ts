/**
 * When each post's file last changed, from git history: the sitemap's
 * <lastmod> and JSON-LD's dateModified use it for posts without `updated`.
 * One `git log` answers for every post, run once per process, so no page
 * waits on git. Outside a git checkout there is no history and no date.
 */
import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Marks the start of each commit in the log (git writes %x00), before its committer date. */
const COMMIT_MARK = '\u0000';

/** `git log` arguments whose output parseLastChanges reads: newest first, the date then the changed files. */
export const LOG_ARGUMENTS = ['-c', 'core.quotePath=false', 'log', '--format=%x00%cI', '--name-only'];

/**
 * The date of the newest commit that touched each file, keyed by the path as
 * git prints it (relative to the repository's top folder).
 */
export function parseLastChanges(log: string): Map<string, Date> {
  const changes = new Map<string, Date>();
  for (const commit of log.split(COMMIT_MARK)) {
    const [dateLine = '', ...files] = commit.split('\n');
    const date = new Date(dateLine.trim());
    if (Number.isNaN(date.getTime())) continue;
    for (const file of files) {
      // The log is newest first: the first date seen for a file is its last change.
      if (file !== '' && !changes.has(file)) changes.set(file, date);
    }
  }
  return changes;
}

/** The warning a shallow clone earns: its oldest commit looks like it changed every file. */
export const SHALLOW_CLONE_WARNING =
  'This build runs in a shallow git clone, so posts without `updated` cannot take their last-change date ' +
  'from history: the sitemap and JSON-LD use their published date instead. Fetch the full history ' +
  '(`git fetch --unshallow`, or `fetch-depth: 0` for actions/checkout).';

export type LastChangeOf = (file: string) => Date | undefined;

async function git(args: readonly string[], cwd: string): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

async function readLastChanges(dir: string, warn: (message: string) => void): Promise<LastChangeOf> {
  const none: LastChangeOf = () => undefined;
  let top: string;
  try {
    const [shallow = '', topLine = ''] = (
      await git(['rev-parse', '--is-shallow-repository', '--show-toplevel'], dir)
    ).split('\n');
    if (shallow.trim() === 'true') {
      warn(SHALLOW_CLONE_WARNING);
      return none;
    }
    top = topLine.trim();
  } catch {
    return none; // Not a git checkout, or no git: no history to read.
  }
  const changes = parseLastChanges(await git([...LOG_ARGUMENTS, '--', '.'], dir));
  return (file) => {
    try {
      return changes.get(relative(top, realpathSync(file)));
    } catch {
      return undefined; // A file that is gone has no last change.
    }
  };
}

let lastChanges: Promise<LastChangeOf> | undefined;

/**
 * When each file under `dir` last changed, by its path (absolute or relative
 * to the working folder). Read once per process; a shallow clone is warned
 * about once and answers nothing.
 */
export function lastChangesUnder(dir: string, warn: (message: string) => void = console.warn): Promise<LastChangeOf> {
  lastChanges ??= readLastChanges(resolve(dir), warn);
  return lastChanges;
}
