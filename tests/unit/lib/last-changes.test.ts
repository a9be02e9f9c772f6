import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LOG_ARGUMENTS, parseLastChanges, SHALLOW_CLONE_WARNING } from '../../../src/lib/last-changes';

describe('parseLastChanges', () => {
  it('takes the newest commit that touched each file', () => {
    const log = [
      '\u00002024-05-02T10:00:00+02:00\n\ncontent/posts/raft.md\n',
      '\u00002023-01-01T00:00:00Z\n\ncontent/posts/raft.md\ncontent/posts/bgp/index.md\n',
    ].join('');
    const changes = parseLastChanges(log);
    expect(changes.get('content/posts/raft.md')?.toISOString()).toBe('2024-05-02T08:00:00.000Z');
    expect(changes.get('content/posts/bgp/index.md')?.toISOString()).toBe('2023-01-01T00:00:00.000Z');
    expect(changes.size).toBe(2);
  });

  it('keeps paths with spaces and non-ASCII letters as written', () => {
    const changes = parseLastChanges('\u00002024-01-01T00:00:00Z\n\ncontent/posts/crème brûlée.md\n');
    expect([...changes.keys()]).toEqual(['content/posts/crème brûlée.md']);
  });

  it('reads nothing from an empty log', () => {
    expect(parseLastChanges('').size).toBe(0);
  });

  it('reads what real git prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'last-changes-'));
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, GIT_COMMITTER_DATE: '2022-03-04T05:06:07Z', GIT_AUTHOR_DATE: '2022-03-04T05:06:07Z' },
      });
    git('init', '-q');
    writeFileSync(join(dir, 'a post.md'), 'one');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'first');
    const changes = parseLastChanges(git(...LOG_ARGUMENTS));
    expect(changes.get('a post.md')?.toISOString()).toBe('2022-03-04T05:06:07.000Z');
  });
});

describe('lastChangesUnder', () => {
  it('warns once about a shallow clone and answers nothing', async () => {
    const source = mkdtempSync(join(tmpdir(), 'last-changes-src-'));
    const run = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });
    run(source, 'init', '-q');
    for (const n of [1, 2]) {
      writeFileSync(join(source, 'post.md'), String(n));
      run(source, 'add', '.');
      run(source, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', String(n));
    }
    const clone = join(mkdtempSync(join(tmpdir(), 'last-changes-clone-')), 'c');
    run(source, 'clone', '-q', '--depth=1', `file://${source}`, clone);
    vi.resetModules();
    const { lastChangesUnder } = await import('../../../src/lib/last-changes');
    const warn = vi.fn();
    const lookup = await lastChangesUnder(clone, warn);
    await lastChangesUnder(clone, warn);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(SHALLOW_CLONE_WARNING);
    expect(lookup(join(clone, 'post.md'))).toBeUndefined();
  });

  it('answers the last commit date of a file in a full checkout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'last-changes-full-'));
    const run = (date: string, ...args: string[]) =>
      execFileSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
      });
    run('', 'init', '-q');
    for (const [file, date] of [
      ['old.md', '2020-01-01T00:00:00Z'],
      ['new.md', '2021-06-01T12:00:00Z'],
    ] as const) {
      writeFileSync(join(dir, file), file);
      run(date, 'add', '.');
      run(date, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', file);
    }
    vi.resetModules();
    const { lastChangesUnder } = await import('../../../src/lib/last-changes');
    const lookup = await lastChangesUnder(dir, vi.fn());
    expect(lookup(join(dir, 'old.md'))?.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(lookup(join(dir, 'new.md'))?.toISOString()).toBe('2021-06-01T12:00:00.000Z');
    expect(lookup(join(dir, 'missing.md'))).toBeUndefined();
  });
});
