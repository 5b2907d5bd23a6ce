import AxeBuilder from '@axe-core/playwright';
import { test, expect, expectNoProblems } from './fixtures';
import { FIXED_ROUTES, sectionRoutes, waitForRoute } from './routes';

test('the table of contents links to at least one section', async ({ page }) => {
  expect((await sectionRoutes(page)).length).toBeGreaterThan(0);
});

test('every route renders with no console error, uncaught error, CSP violation or foreign request', async ({
  page,
  problems,
}) => {
  const routes = [...FIXED_ROUTES, ...(await sectionRoutes(page))];
  for (const route of routes) {
    await page.goto(`./${route}`);
    await waitForRoute(page);
    await expect(page.locator('main h1').first(), route).toBeVisible();
  }
  await expectNoProblems(problems);
});

test('an unknown route says so and links home', async ({ page, problems }) => {
  await page.goto('./#/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main a[href="#/"]')).toBeVisible();
  await expectNoProblems(problems);
});

test('an axe scan of every route finds no serious or critical violation, in both themes', async ({
  page,
}) => {
  const routes = [...FIXED_ROUTES, ...(await sectionRoutes(page))];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const route of routes) {
      await page.goto(`./${route}`);
      await waitForRoute(page);
      const result = await new AxeBuilder({ page }).analyze();
      const bad = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(bad, `${scheme} ${route}`).toEqual([]);
    }
  }
});

test('the theme toggle switches between light and dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./#/');
  const html = page.locator('html');
  const before = await html.getAttribute('data-theme');
  await page.getByRole('button', { name: /theme/i }).click();
  await expect(html).not.toHaveAttribute('data-theme', before ?? '');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
  test('no route scrolls horizontally', async ({ page }) => {
    const routes = [...FIXED_ROUTES, ...(await sectionRoutes(page))];
    for (const route of routes) {
      await page.goto(`./${route}`);
      await waitForRoute(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, route).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('on a 1920 px projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  test('the widest figure of each section is at least 1200 CSS px wide', async ({ page }) => {
    for (const route of await sectionRoutes(page)) {
      await page.goto(`./${route}`);
      await waitForRoute(page);
      await page.locator('figure[data-widget]').first().waitFor();
      const widest = await page
        .locator('figure[data-widget]')
        .evaluateAll((fs) => Math.max(...fs.map((f) => f.getBoundingClientRect().width)));
      expect(widest, route).toBeGreaterThanOrEqual(1200);
    }
  });
});

test('after one visit, every route reloads and renders with the network off', async ({ page, context }) => {
  const routes = [...FIXED_ROUTES, ...(await sectionRoutes(page))];
  await page.goto('./#/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first visit installs the service worker; a reload puts the page under its control.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  for (const route of routes) {
    await page.goto(`./${route}`);
    await page.reload();
    await expect(page.locator('main h1').first(), route).toBeVisible();
  }
  await context.setOffline(false);
});
