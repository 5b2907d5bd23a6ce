import { test, expect, expectNoProblems, expectValue, readout, dragBy, pressOn, readValue } from './fixtures';
import { boxOf, figure, iou, openDetection } from './detection-helpers';

const GT = [133, 347, 76, 76] as const;

test.describe('detection.iou', () => {
  test('starts with IoU ≈ 0.60: a true positive at 0.50 and a false positive at 0.75', async ({
    page,
    problems,
  }) => {
    await openDetection(page);
    const fig = figure(page, 'detection.iou');
    const pred = fig.getByRole('button', { name: /^predicted box/ });
    expect(await boxOf(pred)).toEqual([145, 355, 76, 76]);
    await expectValue(readout(fig, 'box_iou'), 4352 / 7200);
    await expect(fig.locator('[data-threshold="0.5"]')).toHaveAttribute('data-verdict', 'tp');
    await expect(fig.locator('[data-threshold="0.75"]')).toHaveAttribute('data-verdict', 'fp');
    await expectNoProblems(problems);
  });

  test('dragging the predicted box with the mouse gives the IoU of its new position', async ({
    page,
    problems,
  }) => {
    await openDetection(page);
    const fig = figure(page, 'detection.iou');
    const pred = fig.getByRole('button', { name: /^predicted box/ });
    const gt = fig.getByRole('button', { name: /^ground-truth box/ });
    const before = await boxOf(pred);
    const start = await readValue(readout(fig, 'box_iou'));
    await pred.scrollIntoViewIfNeeded();
    await dragBy(page, pred, -25, -18);
    const after = await boxOf(pred);
    expect(after).not.toEqual(before);
    const expected = iou(await boxOf(gt), after);
    expect(Math.abs(expected - Number(start))).toBeGreaterThan(1e-6);
    await expectValue(readout(fig, 'box_iou'), expected);
    await expectNoProblems(problems);
  });

  test('the keyboard moves the box onto the ground truth (IoU 1) and away by its own width (IoU 0)', async ({
    page,
    problems,
  }) => {
    await openDetection(page);
    const fig = figure(page, 'detection.iou');
    const pred = fig.getByRole('button', { name: /^predicted box/ });
    await pressOn(pred, 'ArrowLeft', 12);
    await pressOn(pred, 'ArrowUp', 8);
    expect(await boxOf(pred)).toEqual([...GT]);
    await expectValue(readout(fig, 'box_iou'), 1);
    await expect(fig.locator('[data-threshold="0.75"]')).toHaveAttribute('data-verdict', 'tp');
    await pressOn(pred, 'Shift+ArrowLeft', 7);
    await pressOn(pred, 'ArrowLeft', 6);
    expect(await boxOf(pred)).toEqual([GT[0] - 76, GT[1], 76, 76]);
    await expectValue(readout(fig, 'box_iou'), 0);
    await expect(fig.locator('[data-threshold="0.5"]')).toHaveAttribute('data-verdict', 'fp');
    await expectNoProblems(problems);
  });

  test('dragging the predicted box onto the ground truth gives IoU 1, and away by its width gives 0', async ({
    page,
    problems,
  }) => {
    await openDetection(page);
    const fig = figure(page, 'detection.iou');
    const pred = fig.getByRole('button', { name: /^predicted box/ });
    await pred.scrollIntoViewIfNeeded();
    // screen pixels per image pixel of the 512 px photo
    const svg = await fig.locator('svg[role="group"]').boundingBox();
    if (!svg) throw new Error('photo not visible');
    const k = svg.width / 512;
    await dragBy(page, pred, -12 * k, -8 * k);
    expect(await boxOf(pred)).toEqual([...GT]);
    await expectValue(readout(fig, 'box_iou'), 1);
    await dragBy(page, pred, -76 * k, 0);
    expect(await boxOf(pred)).toEqual([GT[0] - 76, GT[1], 76, 76]);
    await expectValue(readout(fig, 'box_iou'), 0);
    await expectNoProblems(problems);
  });

  test('a corner handle resizes the box with the keyboard, and the IoU follows', async ({ page }) => {
    await openDetection(page);
    const fig = figure(page, 'detection.iou');
    const pred = fig.getByRole('button', { name: /^predicted box/ });
    const corner = fig.getByRole('button', { name: /bottom-right corner of predicted box/ });
    await pressOn(corner, 'Shift+ArrowRight', 2);
    await pressOn(corner, 'ArrowDown', 4);
    const box = await boxOf(pred);
    expect(box).toEqual([145, 355, 96, 80]);
    await expectValue(readout(fig, 'box_iou'), iou([...GT], box));
  });

  test('the ground-truth box moves too', async ({ page }) => {
    await openDetection(page);
    const fig = figure(page, 'detection.iou');
    const gt = fig.getByRole('button', { name: /^ground-truth box/ });
    await pressOn(gt, 'Shift+ArrowRight', 1);
    await pressOn(gt, 'ArrowDown', 2);
    expect(await boxOf(gt)).toEqual([143, 349, 76, 76]);
    await expectValue(readout(fig, 'box_iou'), iou([143, 349, 76, 76], [145, 355, 76, 76]));
  });
});
