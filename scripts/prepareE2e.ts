/** Decides whether the end-to-end gate can run, and with which browser. */
import type { Browser } from './browser';
import { ensureBrowser } from './ensureBrowser';

/** What a gate needs before it runs: extra environment, or the one line saying why it cannot run. */
export type Prepared = { env: Record<string, string> } | { skip: string };

/**
 * The browser gate runs only on a fresh build (never against a stale dist/)
 * and with a Chromium present: CHROMIUM_PATH is passed on to
 * playwright.config.ts unless the browser is Playwright's own, which it finds
 * by itself. `passedSoFar` maps each gate already run to whether it passed.
 */
export async function prepareE2e(
  passedSoFar: ReadonlyMap<string, boolean>,
  find: () => Promise<{ browser: Browser } | { missing: string }> = () => ensureBrowser(),
  log: (line: string) => void = (line) => console.log(line),
): Promise<Prepared> {
  if (passedSoFar.get('build') === false)
    return { skip: 'e2e: not run because the build failed (dist/ would be stale)' };
  const found = await find();
  if ('missing' in found) return { skip: found.missing };
  log(`e2e: Chromium from ${found.browser.source}: ${found.browser.path}`);
  const env: Record<string, string> = { PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/e2e.json' };
  if (found.browser.source !== 'playwright') env.CHROMIUM_PATH = found.browser.path;
  return { env };
}
