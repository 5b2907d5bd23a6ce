/**
 * Screenshots of the first screen (scroll 0, no interaction) of every route at
 * a phone, a laptop and a projector size, for the reading-experience record
 * under docs/first-screens/. Usage, against a running `vite preview`:
 *
 *   npx tsx scripts/firstScreens.ts http://127.0.0.1:4173/ docs/first-screens/after
 *
 * Waits until no readout is busy (or 8 s) so the numbers are in the picture.
 * Writes `<route>-<width>.jpg` (JPEG, quality 70, to keep the repository small),
 * or PNG with SHOT_FORMAT=png (for viewers that read PNG only).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { findBrowser } from './browser';

/** The landing page and every section its header menu links to, in reading order. */
async function routesOf(browser: Browser, base: string): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(`${base}#/`);
  await page.locator('header nav a[href^="#/"]').first().waitFor({ state: 'attached' });
  const hrefs = await page
    .locator('header nav a[href^="#/"]')
    .evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').slice(2)));
  await page.close();
  return ['', ...new Set(hrefs.filter((h) => h !== '' && h !== 'about'))];
}
const VIEWPORTS: ReadonlyArray<readonly [number, number]> = [
  [360, 740],
  [1280, 800],
  [1920, 1080],
];

async function main(): Promise<void> {
  const [base = 'http://127.0.0.1:4173/', outDir = 'docs/first-screens/after'] = process.argv.slice(2);
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: findBrowser(process.env, existsSync, null)?.path,
  });
  const routes = await routesOf(browser, base);
  for (const [width, height] of VIEWPORTS) {
    for (const route of routes) {
      const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
      await page.goto(`${base}#/${route}`);
      await page
        .waitForFunction(
          () =>
            document.querySelector('[data-value]') !== null || location.hash === '#/'
              ? document.querySelector('[aria-busy="true"]') === null
              : false,
          undefined,
          { timeout: 8000 },
        )
        .catch(() => undefined);
      await page.evaluate(() => document.fonts.ready);
      const png = process.env.SHOT_FORMAT === 'png';
      const name = `${route === '' ? 'landing' : route}-${width}.${png ? 'png' : 'jpg'}`;
      await page.screenshot(
        png ? { path: join(outDir, name) } : { path: join(outDir, name), type: 'jpeg', quality: 70 },
      );
      await page.close();
    }
  }
  await browser.close();
}

void main();
