/**
 * Makes sure a Chromium exists before the browser tests start. On a fresh
 * Debian machine running as root it installs Debian's package; anywhere else it
 * says exactly what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './chromium.ts';

function playwrightChromium(): string | undefined {
  const path = chromium.executablePath();
  return existsSync(path) ? path : undefined;
}

function canUseApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

function aptInstall(): void {
  const run = (args: string[]) =>
    execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    run(['install', '-y', '--no-install-recommends', 'chromium']);
  } catch {
    // A fresh image often has no package lists yet.
    run(['update']);
    run(['install', '-y', '--no-install-recommends', 'chromium']);
  }
}

const found = systemChromium() ?? playwrightChromium();
if (found) {
  console.log(`Chromium: ${found}`);
} else if (canUseApt()) {
  console.log('No Chromium found; installing Debian’s chromium package…');
  aptInstall();
  const installed = systemChromium();
  if (!installed) throw new Error('apt-get finished but /usr/bin/chromium is still missing');
  console.log(`Chromium: ${installed}`);
} else {
  console.error(
    [
      'No Chromium for the browser tests. Either:',
      '  • install one from your system packages (Debian/Ubuntu: sudo apt-get install chromium), or',
      '  • point CHROMIUM_PATH at a Chromium or Chrome binary, or',
      '  • run `npx playwright install chromium` where downloads are allowed.',
    ].join('\n'),
  );
  process.exit(1);
}
