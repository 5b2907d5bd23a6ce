/**
 * The Lab in presentation mode with every panel's example loaded (issue 16 item 1): an instructor
 * shows results, so each result slide keeps lecture-hall type (readouts and labels at least 24 px
 * at 1920x1080, HTML and chart labels) and fits with no scrolling at 1920x1080 and 1280x720.
 */
import { test, expect, expectNoProblems } from './fixtures';
import { expectSlideFits, expectTextFloor, slideCounter as counter } from './slideChecks';

/** Each panel with a readout that has a value once its example is evaluated. */
const PANELS: readonly [widget: string, metric: string][] = [
  ['lab.coco', 'coco_eval.ap'],
  ['lab.segmentation', 'segmentation.miou'],
  ['lab.image-pair', 'psnr'],
  ['lab.depth', 'depth.abs_rel'],
];

test('with every example loaded, each Lab slide keeps text >= 24 px at 1920x1080 and fits at 1920x1080 and 1280x720', async ({
  page,
  problems,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('#/lab');
  await expect(page.locator('figure[data-widget]').first()).toBeVisible();
  await page.getByRole('button', { name: /^Present:/ }).click();
  await expect(page).toHaveURL(/#\/present\/lab\?slide=1/);
  await expectSlideFits(page, 1, '1920x1080');
  const [, total] = await counter(page);
  expect(total).toBeGreaterThanOrEqual(16);

  const loaded = new Set<string>();
  for (let n = 1; n <= total; n += 1) {
    await expectSlideFits(page, n, '1920x1080');
    // a panel's first slide loads its example (this tab has loaded no files yet); every later slide
    // of the panel shows the loaded results
    const figure = await page.locator('.ba-present').getAttribute('data-figure');
    const metric = PANELS.find(([id]) => id === figure)?.[1];
    if (figure && metric) {
      const value = page.locator(`.ba-present__stage [data-metric="${metric}"]`).first();
      if (!loaded.has(figure)) {
        await page.locator('.ba-present__stage').getByRole('button', { name: 'Load an example' }).click();
        loaded.add(figure);
      }
      await expect(value, `${figure} loaded on slide ${n}`).toHaveAttribute('data-value', /^-?\d/, {
        timeout: 30_000,
      });
      await expectSlideFits(page, n, '1920x1080');
    }
    await expectTextFloor(page, `lab slide ${n}`);
    if (n < total) await page.keyboard.press('PageDown');
  }

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.keyboard.press('Home');
  for (let n = 1; n <= total; n += 1) {
    await expectSlideFits(page, n, '1280x720');
    if (n < total) await page.keyboard.press('PageDown');
  }
  await expectNoProblems(problems);
});
