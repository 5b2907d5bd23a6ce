/**
 * Where the end-to-end tests find Chromium, in this order: $CHROMIUM_PATH,
 * Debian's /usr/bin/chromium, Playwright's own browser (installed with
 * `npx playwright install chromium`). Shared by playwright.config.ts (which
 * passes the first two to Playwright and otherwise lets it use its own) and
 * scripts/gates.ts (which installs Playwright's own where downloads work, or
 * names the command to run). Pure: the file system and Playwright's path are
 * passed in.
 */

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const PLAYWRIGHT_INSTALL = 'npx playwright install chromium';
export const APT_INSTALL = 'sudo apt-get install chromium';

export interface Browser {
  path: string;
  source: 'CHROMIUM_PATH' | 'debian' | 'playwright';
}

/**
 * The first browser that exists: $CHROMIUM_PATH (when set and present), then
 * Debian's chromium, then `playwrightOwn` (Playwright's own executable path,
 * or null to leave it out); null when none exists.
 */
export function findBrowser(
  env: Record<string, string | undefined>,
  exists: (path: string) => boolean,
  playwrightOwn: string | null,
): Browser | null {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv && exists(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
  if (exists(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: 'debian' };
  if (playwrightOwn && exists(playwrightOwn)) return { path: playwrightOwn, source: 'playwright' };
  return null;
}

/**
 * The one line printed when no browser is found and Playwright's download
 * failed: names the exact command to run (Debian's package where apt-get
 * exists, else Playwright's download once online) and the CHROMIUM_PATH way.
 */
export function missingBrowserLine(hasAptGet: boolean, chromiumPathSetButMissing: string | null): string {
  const command = hasAptGet ? APT_INSTALL : PLAYWRIGHT_INSTALL;
  const missing = chromiumPathSetButMissing
    ? ` (CHROMIUM_PATH=${chromiumPathSetButMissing} does not exist)`
    : '';
  return `e2e: no Chromium found${missing} and \`${PLAYWRIGHT_INSTALL}\` failed; run \`${command}\` or set CHROMIUM_PATH to a Chromium binary, then npm test again`;
}
