/**
 * Finds a Chromium for the end-to-end gate (see scripts/browser.ts for the
 * order) and, when there is none, installs Playwright's own with
 * `npx playwright install chromium` (works where downloads do, e.g. on a
 * developer laptop; fails within seconds without network access).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, missingBrowserLine, type Browser } from './browser';

/** What ensureBrowser touches outside itself (replaced in its unit test). */
export interface BrowserWorld {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  /** Playwright's own Chromium path, installed or not; null if Playwright cannot say. */
  playwrightOwn: () => Promise<string | null>;
  /** Runs `playwright install chromium`, output shown to the reader. */
  installPlaywrightChromium: () => void;
  hasAptGet: () => boolean;
  log: (line: string) => void;
}

/** An installation gets 15 minutes (about 170 MB); without network it fails in seconds. */
const INSTALL_TIMEOUT_MS = 15 * 60 * 1000;

const realWorld: BrowserWorld = {
  env: process.env,
  exists: existsSync,
  playwrightOwn: async () => {
    try {
      const { chromium } = await import('@playwright/test');
      return chromium.executablePath() || null;
    } catch {
      return null;
    }
  },
  installPlaywrightChromium: () => {
    spawnSync('node_modules/.bin/playwright', ['install', 'chromium'], {
      stdio: 'inherit',
      timeout: INSTALL_TIMEOUT_MS,
    });
  },
  hasAptGet: () => spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0,
  log: (line) => console.log(line),
};

/**
 * The browser to test with, or the one line saying what to run instead. Tries
 * `playwright install chromium` once when no browser is present.
 */
export async function ensureBrowser(
  world: BrowserWorld = realWorld,
): Promise<{ browser: Browser } | { missing: string }> {
  const own = await world.playwrightOwn();
  const found = findBrowser(world.env, world.exists, own);
  if (found) return { browser: found };
  world.log('e2e: no Chromium found; trying `npx playwright install chromium`');
  world.installPlaywrightChromium();
  const installed = findBrowser(world.env, world.exists, own);
  if (installed) return { browser: installed };
  const envPath = world.env.CHROMIUM_PATH?.trim();
  return {
    missing: missingBrowserLine(world.hasAptGet(), envPath && !world.exists(envPath) ? envPath : null),
  };
}
