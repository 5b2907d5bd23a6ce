import AxeBuilder from '@axe-core/playwright';
import { test, expect, expectNoProblems, horizontalOverflow, readout } from './fixtures';
import { FIXED_ROUTES, sectionRoutes, waitForRoute } from './routes';

test('the table of contents links to at least one section', async ({ page }) => {
  expect((await sectionRoutes(page)).length).toBeGreaterThan(0);
});

test('every route renders with no console error, uncaught error, CSP violation or foreign request', async ({
  page,
  problems,
}) => {
  const routes = [...FIXED_ROUTES, ...(await sectionRoutes(page))];
  test.setTimeout(routes.length * 20_000);
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

/** The axe rule tags checked: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test('an axe scan (WCAG 2.2 AA and best practices) of every route finds no violation of any impact, in both themes', async ({
  page,
}) => {
  const routes = [...FIXED_ROUTES, ...(await sectionRoutes(page)), '#/no-such-page'];
  // Each scan of a section takes seconds on a shared machine; the budget grows with the sections.
  test.setTimeout(routes.length * 2 * 25_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const route of routes) {
      await page.goto(`./${route}`);
      await waitForRoute(page);
      const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const bad = result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect.soft(bad, `${scheme} ${route}`).toEqual([]);
    }
  }
});

test('the theme follows the system setting until the reader picks light or dark, and the pick is remembered', async ({
  page,
}) => {
  const html = page.locator('html');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./#/');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByRole('radio', { name: 'Theme: dark' }).check();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('radio', { name: 'Theme: light' }).check();
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
  test('no route scrolls horizontally', async ({ page }) => {
    const routes = [...FIXED_ROUTES, ...(await sectionRoutes(page))];
    test.setTimeout(routes.length * 20_000);
    const overflowing: Record<string, number> = {};
    for (const route of routes) {
      await page.goto(`./${route}`);
      await waitForRoute(page);
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) overflowing[route] = overflow;
    }
    expect(overflowing, 'CSS pixels of sideways scroll, by route').toEqual({});
  });
});

test.describe('on a 1920 px projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  test('the widest figure of each section is at least 1200 CSS px wide', async ({ page }) => {
    const routes = await sectionRoutes(page);
    test.setTimeout((routes.length + 1) * 20_000);
    for (const route of routes) {
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
  test.setTimeout(routes.length * 20_000);
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

test.describe('error boundaries', () => {
  test('a failing figure shows an error card with Reset; the rest of the page keeps working', async ({
    page,
    problems,
  }) => {
    // Break drawing of the scene-sized canvases (640 x 480: the painter and the empty-reference figure) only.
    await page.addInitScript(() => {
      const w = window as unknown as { __breakCanvas: boolean };
      w.__breakCanvas = true;
      const original = CanvasRenderingContext2D.prototype.createImageData;
      CanvasRenderingContext2D.prototype.createImageData = function (
        this: CanvasRenderingContext2D,
        ...args
      ) {
        if (w.__breakCanvas && args[0] === 640 && args[1] === 480)
          throw new Error('canvas broken by the test');
        return (original as (...a: unknown[]) => ImageData).apply(this, args);
      } as typeof original;
    });
    await page.goto('./#/segmentation');
    const painter = page.locator('figure[data-widget="segmentation.painter"]');
    const card = painter.getByRole('alert');
    await expect(card).toContainText('“Paint the prediction” stopped working');
    await expect(card).toContainText('canvas broken by the test');
    await expect(painter.getByRole('application')).toHaveCount(0);

    // The other figures still compute and respond.
    const formulas = page.locator('figure[data-widget="segmentation.formulas"]');
    await expect(page.locator('figure[data-widget="segmentation.metrics"]').getByRole('alert')).toHaveCount(
      0,
    );
    await formulas.getByRole('radio', { name: 'car' }).check();
    // (a number: the default lazy prediction scores car IoU 0)
    await expect(readout(formulas, 'segmentation.iou', { cls: 'car' })).toHaveAttribute('data-value', /^\d/);

    // Once the cause is gone, the card's Reset brings the figure back.
    await page.evaluate(() => {
      (window as unknown as { __breakCanvas: boolean }).__breakCanvas = false;
    });
    await card.getByRole('button', { name: 'Reset' }).click();
    await expect(painter.getByRole('alert')).toHaveCount(0);
    await expect(painter.getByRole('application')).toBeVisible();
    await painter.getByRole('button', { name: 'Lazy model' }).click();
    await expect(
      readout(page.locator('figure[data-widget="segmentation.metrics"]'), 'segmentation.iou', {
        cls: 'person',
      }),
    ).toHaveAttribute('data-value', '0');
    expect(problems.pageErrors, 'uncaught errors').toEqual([]);
  });
});
