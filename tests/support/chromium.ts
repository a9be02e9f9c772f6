import { existsSync } from 'node:fs';

/**
 * The Chromium the tests drive. Playwright's own browser downloads are not
 * reachable on our machines, so a system Chromium comes first: the one named by
 * CHROMIUM_PATH, else Debian's. Undefined means "use Playwright's own".
 */
export function systemChromium(): string | undefined {
  const named = process.env.CHROMIUM_PATH;
  if (named) {
    if (!existsSync(named)) throw new Error(`CHROMIUM_PATH is ${named}, but no file is there`);
    return named;
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
}

/** The network is closed here; without these Chromium stalls on background requests. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
