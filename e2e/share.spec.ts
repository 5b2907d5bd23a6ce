import { deflateSync } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect, expectNoProblems, expectValue, readout, pressOn, readValue } from './fixtures';
import { boxOf, figure, iou, openDetection } from './detection-helpers';

test.describe('share links of the detection section', () => {
  test('"Copy link" gives a link that restores the same boxes and the same IoU in a new page', async ({
    page,
    context,
    problems,
  }) => {
    await openDetection(page);
    const fig = figure(page, 'detection.iou');
    const pred = fig.getByRole('button', { name: /^predicted box/ });
    const gt = fig.getByRole('button', { name: /^ground-truth box/ });
    await pressOn(pred, 'ArrowRight', 5);
    await pressOn(pred, 'ArrowDown', 3);
    await pressOn(gt, 'ArrowLeft', 2);
    const predBox = await boxOf(pred);
    const gtBox = await boxOf(gt);
    expect(predBox).toEqual([150, 358, 76, 76]);
    await expectValue(readout(fig, 'box_iou'), iou(gtBox, predBox));
    const value = await readValue(readout(fig, 'box_iou'));

    await fig.getByRole('button', { name: /copy/i }).click();
    const field = fig.getByRole('textbox', { name: 'Share link' });
    await expect(field).toHaveValue(/#\/detection\?s=1\./);
    const url = await field.inputValue();

    const other = await context.newPage();
    await other.goto(url);
    const fig2 = figure(other, 'detection.iou');
    await fig2.waitFor();
    expect(await boxOf(fig2.getByRole('button', { name: /^predicted box/ }))).toEqual(predBox);
    expect(await boxOf(fig2.getByRole('button', { name: /^ground-truth box/ }))).toEqual(gtBox);
    await expectValue(readout(fig2, 'box_iou'), Number(value));
    await expectNoProblems(problems);
  });

  for (const query of ['?s=1.garbage', '?s=9.xyz']) {
    test(`a bad link (${query}) shows a status notice and the defaults`, async ({ page }) => {
      await openDetection(page, query);
      await expect(page.getByRole('status').filter({ hasText: /link/i }).first()).toBeVisible();
      const fig = figure(page, 'detection.iou');
      expect(await boxOf(fig.getByRole('button', { name: /^predicted box/ }))).toEqual([145, 355, 76, 76]);
      expect(await boxOf(fig.getByRole('button', { name: /^ground-truth box/ }))).toEqual([133, 347, 76, 76]);
      await expectValue(readout(fig, 'box_iou'), 4352 / 7200);
    });
  }
});

/** The `s` value of a link carrying `states` (the format of DESIGN.md, built here independently of the app). */
function shareParam(states: Record<string, unknown>, version = 1): string {
  const json = Buffer.from(JSON.stringify(states), 'utf8');
  return `${version}.${Buffer.from(deflateSync(json)).toString('base64url')}`;
}

test.describe('share links of the segmentation section', () => {
  const painter = (page: Page) => page.locator('figure[data-widget="segmentation.painter"]');
  const threshold = (page: Page) => page.locator('figure[data-widget="segmentation.threshold"]');
  const personIou = (page: Page) =>
    readout(page.locator('figure[data-widget="segmentation.metrics"]'), 'segmentation.iou', {
      cls: 'person',
    });

  test('a tampered figure state resets only that figure, says so, and keeps the others', async ({
    page,
    browser,
  }) => {
    // The default person IoU, read from a clean page.
    const clean = await browser.newPage();
    await clean.goto('./#/segmentation');
    await expect(personIou(clean)).toHaveAttribute('data-value', /^\d/);
    const defaultIou = await readValue(personIou(clean));
    await clean.close();

    const s = shareParam({
      'segmentation.painter': { mask: 'not-a-mask', tool: 'brush', cls: 'car', size: 3 },
      'segmentation.threshold': { threshold: 0.8 },
    });
    await page.goto(`./#/segmentation?s=${s}`);
    await expect(
      page.getByRole('status').filter({ hasText: '“Paint the prediction” could not be read' }),
    ).toBeVisible();
    await expect(threshold(page).getByRole('slider', { name: 'Threshold' })).toHaveValue('0.8');
    await expect(painter(page).getByRole('radio', { name: 'person' })).toBeChecked();
    await expectValue(personIou(page), Number(defaultIou));
  });

  test('a truncated link shows the notice and every figure at its defaults', async ({ page }) => {
    const s = shareParam({ 'segmentation.threshold': { threshold: 0.8 } });
    await page.goto(`./#/segmentation?s=${s.slice(0, Math.ceil(s.length / 2))}`);
    await expect(page.getByRole('status').filter({ hasText: /damaged or incomplete/ })).toBeVisible();
    await expect(threshold(page).getByRole('slider', { name: 'Threshold' })).toHaveValue('0.5');
  });

  test('a link from a future version shows the notice and the defaults', async ({ page }) => {
    await page.goto(`./#/segmentation?s=${shareParam({ 'segmentation.threshold': { threshold: 0.8 } }, 2)}`);
    await expect(page.getByRole('status').filter({ hasText: /newer version/ })).toBeVisible();
    await expect(threshold(page).getByRole('slider', { name: 'Threshold' })).toHaveValue('0.5');
  });

  test('"Copy link" of a figure far down the page adds &w=, which scrolls to and highlights it', async ({
    page,
    context,
    problems,
  }) => {
    await page.goto('./#/segmentation');
    const slider = threshold(page).getByRole('slider', { name: 'Threshold' });
    await pressOn(slider, 'ArrowRight', 3);
    await expect(slider).toHaveValue('0.65');
    const precision = readout(threshold(page), 'binary_mask.precision', { cls: 'person' });
    await expect(precision).toHaveAttribute('data-value', /^0\.\d+/);
    const value = Number(await readValue(precision));
    await threshold(page).getByRole('button', { name: 'Copy link' }).click();
    const url = await threshold(page).getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(url).toMatch(/#\/segmentation\?s=1\.[A-Za-z0-9_-]+&w=segmentation\.threshold$/);

    const other = await context.newPage();
    await other.goto(url);
    await expect(threshold(other)).toHaveAttribute('data-highlighted', 'true');
    await expect(threshold(other)).toBeInViewport();
    await expect(painter(other)).not.toHaveAttribute('data-highlighted', 'true');
    await expect(threshold(other).getByRole('slider', { name: 'Threshold' })).toHaveValue('0.65');
    await expectValue(readout(threshold(other), 'binary_mask.precision', { cls: 'person' }), value);
    await expectNoProblems(problems);
  });

  test('a valid hand-made link restores the figure it names', async ({ page }) => {
    await page.goto(`./#/segmentation?s=${shareParam({ 'segmentation.threshold': { threshold: 0.8 } })}`);
    await expect(threshold(page).getByRole('slider', { name: 'Threshold' })).toHaveValue('0.8');
    await expect(page.getByRole('status').filter({ hasText: /link/ })).toHaveCount(0);
  });
});
