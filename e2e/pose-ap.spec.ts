/**
 * The keypoint-AP figure of #/pose: predictions are dragged with the mouse
 * and the keyboard and their scores edited; AP at the OKS thresholds and the
 * COCO keypoint summary are read from data-metric / data-value.
 */
import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  dragBy,
  expectNoProblems,
  expectValue,
  pressOn,
  readout,
  readNumber as num,
} from './fixtures';

const THRESHOLDS = ['0.50', '0.55', '0.60', '0.65', '0.70', '0.75', '0.80', '0.85', '0.90', '0.95'];
const figure = (page: Page) => page.locator('figure[data-widget="pose.ap"]');
const perThreshold = (f: Locator, t: string) =>
  f.locator(`[data-metric="coco_eval.per_threshold_ap"][data-threshold="${t}"]`);
const pose = (f: Locator, n: number) =>
  f.getByRole('button', { name: new RegExp(`^predicted pose ${n} \\(AP scene`) });

test.beforeEach(async ({ page }) => {
  await page.goto('./#/pose');
  await figure(page).locator('[data-metric="coco_eval.ap"][data-value]').waitFor();
});

test('keypoint AP at 0.75 is at most AP at 0.50; AP is the mean of the ten thresholds', async ({
  page,
  problems,
}) => {
  const f = figure(page);
  const ap50 = await num(readout(f, 'coco_eval.ap50'));
  const ap75 = await num(readout(f, 'coco_eval.ap75'));
  expect(ap75).toBeLessThanOrEqual(ap50);
  expect(ap75).toBeLessThan(ap50);
  expect(await num(perThreshold(f, '0.50'))).toBeCloseTo(ap50, 12);
  expect(await num(perThreshold(f, '0.75'))).toBeCloseTo(ap75, 12);
  let sum = 0;
  for (const t of THRESHOLDS) sum += await num(perThreshold(f, t));
  expect(await num(readout(f, 'coco_eval.ap'))).toBeCloseTo(sum / 10, 12);
  for (const k of ['ap_medium', 'ap_large', 'ar', 'ar50', 'ar75', 'ar_medium', 'ar_large']) {
    const v = await num(readout(f, `coco_eval.${k}`));
    expect(v, k).toBeGreaterThanOrEqual(0);
    expect(v, k).toBeLessThanOrEqual(1);
  }
  // predictions 5 and 6 count at 0.50 but not at 0.75
  await expect(f.locator('[data-loose-only]')).toHaveAttribute('data-loose-only', '5 6');
  await expect(f.locator('tr[data-prediction="5"]')).toHaveAttribute('data-at50', 'tp');
  await expect(f.locator('tr[data-prediction="5"]')).toHaveAttribute('data-at75', 'fp');
  // the second guess for person 2 is a false positive at both
  await expect(f.locator('tr[data-prediction="3"]')).toHaveAttribute('data-at50', 'fp');
  await expectNoProblems(problems);
});

test('moving a prediction onto its person with the keyboard raises its OKS and AP75', async ({
  page,
  problems,
}) => {
  const f = figure(page);
  const p5 = pose(f, 5);
  const oks = readout(f, 'pose_keypoint_matches.oks', { subject: 'prediction-5' });
  const before = await num(oks);
  const ap75 = await num(readout(f, 'coco_eval.ap75'));
  // default offset (3, -3): three presses left and three down bring it to (0, 0)
  await pressOn(p5, 'ArrowLeft', 3);
  await pressOn(p5, 'ArrowDown', 3);
  await expect(p5).toHaveAccessibleName(/offset x 0, y 0$/);
  await expect.poll(async () => num(oks)).toBeGreaterThan(before);
  await expect(f.locator('tr[data-prediction="5"]')).toHaveAttribute('data-at75', 'tp');
  await expect.poll(async () => num(readout(f, 'coco_eval.ap75'))).toBeGreaterThan(ap75);
  await expect(f.locator('[data-loose-only]')).toHaveAttribute('data-loose-only', '6');
  await pressOn(p5, 'Shift+ArrowRight', 2);
  await expect(p5).toHaveAccessibleName(/offset x 20, y 0$/);
  await expectNoProblems(problems);
});

test('dragging the first prediction away with the mouse drops it to a false positive', async ({
  page,
  problems,
}) => {
  const f = figure(page);
  const p1 = pose(f, 1);
  const ap50 = await num(readout(f, 'coco_eval.ap50'));
  await p1.scrollIntoViewIfNeeded();
  await dragBy(page, p1, 60, 0, 10);
  await expect(p1).not.toHaveAccessibleName(/offset x 2, y 1$/);
  await expect(f.locator('tr[data-prediction="1"]')).toHaveAttribute('data-at50', 'fp');
  await expect.poll(async () => num(readout(f, 'coco_eval.ap50'))).toBeLessThan(ap50);
  await expectNoProblems(problems);
});

test('raising a score re-ranks the predictions and changes AP', async ({ page, problems }) => {
  const f = figure(page);
  const ap = await num(readout(f, 'coco_eval.ap'));
  const score = f.getByRole('spinbutton', { name: 'Score of prediction 3' });
  // A number field applies what was typed on commit (Enter or leaving it).
  await score.fill('0.99');
  await score.press('Enter');
  await expect(f.locator('tbody tr').first()).toHaveAttribute('data-prediction', '3');
  // now prediction 3 takes person 2 and prediction 2 becomes the duplicate
  await expect(f.locator('tr[data-prediction="3"]')).toHaveAttribute('data-at50', 'tp');
  await expect(f.locator('tr[data-prediction="2"]')).toHaveAttribute('data-at50', 'fp');
  await expect.poll(async () => Math.abs((await num(readout(f, 'coco_eval.ap'))) - ap)).toBeGreaterThan(1e-6);
  await expectValue(readout(f, 'coco_eval.ar50'), 1, 1e-12);
  await expectNoProblems(problems);
});
