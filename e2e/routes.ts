/** Route discovery for the suite: the fixed routes plus every section linked from the table of contents. */
import type { Page } from '@playwright/test';

export const FIXED_ROUTES = ['#/', '#/about'] as const;

/** The hash routes of every section the table of contents links to. */
export async function sectionRoutes(page: Page): Promise<string[]> {
  await page.goto('./#/');
  await page.locator('nav a[href^="#/"]').first().waitFor();
  const hrefs = await page
    .locator('nav a[href^="#/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((h) => h !== '#/' && h !== '#/about'))];
}

/** Waits until a route's main heading is on screen and lazy content settled. */
export async function waitForRoute(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
}
