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
    // The Lab computes only on files: its built-in examples bring every panel's readouts.
    if (route === '#/lab') {
      for (const button of await page.getByRole('button', { name: 'Load an example' }).all())
        await button.click();
      await expect(page.locator('[data-metric="ssim.mssim"]').first()).toBeVisible();
      await expect(page.locator('[data-metric="depth.abs_rel"]').first()).toBeVisible();
      await expect(page.locator('[data-metric="coco_eval.ap"]').first()).toBeVisible();
    }
    await page.locator('[data-metric]').first().waitFor();
    const ids = await page
      .locator('[data-metric]')
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-metric') ?? ''))]);
    // #/text-to-image shows two metrics only (clip_score per prompt, fid_features per generator);
    // #/choosing computes no metric, only the two counts of its chooser's list.
    expect(ids.length, route).toBeGreaterThan(route === '#/text-to-image' || route === '#/choosing' ? 1 : 3);
    expect(
      ids.filter((id) => !resolves('readout', id)),
      `unresolved readout ids on ${route}`,
    ).toEqual([]);
  }
});
