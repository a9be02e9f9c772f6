import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './astro-build';

export interface CliResult {
  status: number;
  /** stdout when the command succeeded, stderr when it failed. */
  output: string;
}

/**
 * Runs one of the project's commands in src/cli/ as `npm run` does: with Node
 * itself, no bundler, so an import Node cannot resolve fails here as it would
 * for an author.
 */
export function runCli(script: string, args: readonly string[], env: Record<string, string> = {}): CliResult {
  try {
    const output = execFileSync(process.execPath, [join(ROOT, 'src/cli', script), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number; stderr: string };
    return { status: failed.status, output: failed.stderr };
  }
}
