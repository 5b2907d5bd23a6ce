/**
 * The Lab keeps the reader's files for the life of the tab (widgets/labSession.ts): files loaded on
 * #/lab are still there in presentation mode (which mounts the section anew) and back on the page
 * after Escape, with the same results, without loading them again. Nothing is stored outside memory
 * (e2e/lab-core.spec.ts checks the storage).
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoProblems, widgetFigure as fig } from './fixtures';

/** A readout's unrounded value, once it has a number. */
async function numberOf(page: Page, selector: string): Promise<number> {
  const readout = page.locator(selector).first();
  await expect(readout).toHaveAttribute('data-value', /^-?\d/, { timeout: 30_000 });
  return Number(await readout.getAttribute('data-value'));
}

/** Presses PageDown until `figure`'s slide shows `metric`'s readout (at most `limit` slides). */
async function walkTo(page: Page, figure: string, metric: string, limit = 40) {
  const readout = page.locator(`.ba-present__stage [data-metric="${metric}"]`).first();
  for (let n = 0; n < limit; n += 1) {
    const shown = await page.locator('.ba-present').getAttribute('data-figure');
    if (shown === figure && (await readout.isVisible())) return;
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(150);
  }
  throw new Error(`no slide of ${figure} shows ${metric}`);
}

test('files loaded on the Lab page stay loaded in presentation mode and after Escape', async ({
  page,
  problems,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('#/lab');
  const pair = fig(page, 'lab.image-pair');
  const coco = fig(page, 'lab.coco');
  await pair.getByRole('button', { name: 'Load an example' }).click();
  await coco.getByRole('button', { name: 'Load an example' }).click();
  const psnr = await numberOf(page, 'figure[data-widget="lab.image-pair"] [data-metric="psnr"]');
  const ap = await numberOf(page, 'figure[data-widget="lab.coco"] [data-metric="coco_eval.ap"]');

  await page.getByRole('button', { name: /^Present:/ }).click();
  await expect(page).toHaveURL(/#\/present\/lab\?slide=1/);
  await walkTo(page, 'lab.coco', 'coco_eval.ap');
  expect(await numberOf(page, '.ba-present__stage [data-metric="coco_eval.ap"]')).toBeCloseTo(ap, 9);
  await walkTo(page, 'lab.image-pair', 'psnr');
  expect(await numberOf(page, '.ba-present__stage [data-metric="psnr"]')).toBeCloseTo(psnr, 9);

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/lab/);
  expect(await numberOf(page, 'figure[data-widget="lab.image-pair"] [data-metric="psnr"]')).toBeCloseTo(
    psnr,
    9,
  );
  expect(await numberOf(page, 'figure[data-widget="lab.coco"] [data-metric="coco_eval.ap"]')).toBeCloseTo(
    ap,
    9,
  );
  await expectNoProblems(problems);
});

test('the segmentation and depth panels keep their files, and the chosen image, when the reader leaves the Lab and comes back', async ({
  page,
  problems,
}) => {
  test.slow();
  await page.goto('#/lab');
  const seg = fig(page, 'lab.segmentation');
  const depth = fig(page, 'lab.depth');
  await seg.getByRole('button', { name: 'Load an example' }).click();
  await depth.getByRole('button', { name: 'Load an example' }).click();
  const miou = await numberOf(
    page,
    'figure[data-widget="lab.segmentation"] [data-metric="segmentation.miou"]',
  );
  const absRel = await numberOf(page, 'figure[data-widget="lab.depth"] [data-metric="depth.abs_rel"]');
  const subject = seg.getByLabel('Per-class values and confusion matrix of');
  await subject.selectOption({ index: 1 });
  const chosen = await subject.inputValue();
  expect(chosen).not.toBe('-1');

  await page.goto('#/about');
  await expect(page.locator('figure[data-widget="lab.segmentation"]')).toHaveCount(0);
  await page.goto('#/lab');
  expect(
    await numberOf(page, 'figure[data-widget="lab.segmentation"] [data-metric="segmentation.miou"]'),
  ).toBeCloseTo(miou, 9);
  expect(await numberOf(page, 'figure[data-widget="lab.depth"] [data-metric="depth.abs_rel"]')).toBeCloseTo(
    absRel,
    9,
  );
  await expect(subject).toHaveValue(chosen);
  await expectNoProblems(problems);
});
