/**
 * The readout-id contract, checked on what the pages render: every
 * `data-metric` on every section page resolves to an entry, a declared field
 * or a listed extra (src/worker/readoutIds.ts). The unit test scans the source;
 * this catches ids built at run time (arrays of ids, ids passed to helpers).
 */
import { expect, test } from './fixtures';
import { sectionRoutes, waitForRoute } from './routes';
import { resolves } from '../src/worker/readoutIds';

test('every data-metric on every section page names an entry, a declared field or a listed extra', async ({
  page,
}) => {
  const routes = await sectionRoutes(page);
  expect(routes.length).toBeGreaterThanOrEqual(5);
  for (const route of routes) {
    await page.goto(`./${route}`);
    await waitForRoute(page);
    // #/choosing recommends metrics but computes none: it has no readout.
    if (route === '#/choosing') {
      expect(await page.locator('[data-metric]').count(), route).toBe(0);
      continue;
    }
    await page.locator('[data-metric]').first().waitFor();
    const ids = await page
      .locator('[data-metric]')
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-metric') ?? ''))]);
    expect(ids.length, route).toBeGreaterThan(3);
    expect(
      ids.filter((id) => !resolves('readout', id)),
      `unresolved readout ids on ${route}`,
    ).toEqual([]);
  }
});
