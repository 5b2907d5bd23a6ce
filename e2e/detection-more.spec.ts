/**
 * The detection section beyond single widgets: touch drags, Reset, the
 * draggables' accessible names and attributes (DESIGN.md "Figures"), the
 * self-check, and a 360 px phone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  expectNoProblems,
  expectValue,
  horizontalOverflow,
  pressOn,
  readout,
  readValue,
} from './fixtures';
import { boxOf, figure, iou, openDetection, setRange } from './detection-helpers';

/** Drags `target` by (dx, dy) screen pixels with one finger (Chrome DevTools touch events). */
async function touchDrag(page: Page, target: Locator, dx: number, dy: number): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('target is not visible');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', px: number, py: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: px, y: py }],
    });
  await send('touchStart', x, y);
  for (let k = 1; k <= 8; k++) await send('touchMove', x + (dx * k) / 8, y + (dy * k) / 8);
  await send('touchEnd', x + dx, y + dy);
}

test.describe('detection: touch, reset, names', () => {
  test.use({ hasTouch: true });

  test('a finger drags the predicted box and a corner handle; the IoU follows each time', async ({
    page,
    problems,
  }) => {
    await openDetection(page);
    const fig = figure(page, 'detection.iou');
    const pred = fig.getByRole('button', { name: /^predicted box/ });
    const gt = fig.getByRole('button', { name: /^ground-truth box/ });
    const before = await boxOf(pred);
    await touchDrag(page, pred, -60, 30);
    const moved = await boxOf(pred);
    expect(moved[0]).toBeLessThan(before[0] - 10);
    expect(moved[1]).toBeGreaterThan(before[1] + 5);
    expect(moved.slice(2)).toEqual(before.slice(2));
    await expectValue(readout(fig, 'box_iou'), iou(await boxOf(gt), moved));

    const corner = fig.getByRole('button', { name: /bottom-right corner of predicted box/ });
    await touchDrag(page, corner, 40, 20);
    const resized = await boxOf(pred);
    expect(resized[2]).toBeGreaterThan(moved[2] + 10);
    expect(resized[3]).toBeGreaterThan(moved[3] + 5);
    await expectValue(readout(fig, 'box_iou'), iou(await boxOf(gt), resized));
    await expectNoProblems(problems);
  });

  test('a finger drags a prediction of the AP figure and its AP changes', async ({ page, problems }) => {
    await openDetection(page);
    const fig = figure(page, 'detection.ap');
    const ap = readout(fig, 'ap_voc', { cls: 'car' });
    const before = Number(await readValue(ap));
    // prediction 7 matches car-3 with IoU 0.51: a small push makes it a false positive
    const p7 = fig.getByRole('button', { name: /^prediction 7, score/ });
    const box = await boxOf(p7);
    await touchDrag(page, p7, 25, 0);
    expect((await boxOf(p7))[0]).toBeGreaterThan(box[0]);
    await expect.poll(async () => Number(await readValue(ap))).toBeLessThan(before - 1e-6);
    await expectNoProblems(problems);
  });

  test('Reset brings each of the seven figures back to its defaults', async ({ page, problems }) => {
    await openDetection(page);
    const iouFig = figure(page, 'detection.iou');
    const pred = iouFig.getByRole('button', { name: /^predicted box/ });
    await pressOn(pred, 'Shift+ArrowLeft', 3);
    await expectValue(readout(iouFig, 'box_iou'), iou([133, 347, 76, 76], [115, 355, 76, 76]));
    await iouFig.getByRole('button', { name: 'Reset' }).click();
    expect(await boxOf(pred)).toEqual([145, 355, 76, 76]);
    await expectValue(readout(iouFig, 'box_iou'), 4352 / 7200);

    const apFig = figure(page, 'detection.ap');
    const apCar = readout(apFig, 'ap_voc', { cls: 'car' });
    const apDefault = Number(await readValue(apCar));
    // A number field applies what was typed on commit (Enter or leaving it).
    await apFig.getByRole('spinbutton', { name: 'Score of prediction 9' }).fill('0.99');
    await apFig.getByRole('spinbutton', { name: 'Score of prediction 9' }).press('Enter');
    await expect.poll(async () => Number(await readValue(apCar))).not.toBeCloseTo(apDefault, 9);
    await apFig.getByRole('button', { name: 'Reset' }).click();
    await expectValue(apCar, apDefault);
    const score9 = apFig.getByRole('spinbutton', { name: 'Score of prediction 9' });
    await expect
      .poll(async () => Math.abs(Number(await score9.inputValue()) - 0.55))
      .toBeLessThanOrEqual(1e-9);

    const ties = figure(page, 'detection.ties');
    await ties.getByRole('radio', { name: /reverse/ }).check();
    await expectValue(readout(ties, 'ap_voc', { subject: 'ties' }), 0.625);
    await ties.getByRole('button', { name: 'Reset' }).click();
    await expectValue(readout(ties, 'ap_voc', { subject: 'ties' }), 0.6875);

    const scale = figure(page, 'detection.scale');
    await setRange(scale.getByRole('slider', { name: /shift/i }), 9);
    await expectValue(readout(scale, 'box_iou', { subject: 'small' }), (3 * 12) / (2 * 144 - 36));
    await scale.getByRole('button', { name: 'Reset' }).click();
    await expectValue(readout(scale, 'box_iou', { subject: 'small' }), 84 / 204);

    const presets = figure(page, 'detection.presets');
    await setRange(presets.getByRole('slider', { name: /growth/i }), 2);
    await expectValue(readout(presets, 'coco_eval.ap', { subject: 'loose' }), 0.7);
    await presets.getByRole('button', { name: 'Reset' }).click();
    await expectValue(readout(presets, 'coco_eval.ap', { subject: 'loose' }), 0.2);

    const empty = figure(page, 'detection.empty');
    const emptyPrecision = readout(empty, 'detection_image_counts.precision', { subject: 'empty-image' });
    await empty.getByRole('checkbox', { name: /fires/ }).uncheck();
    await expect(emptyPrecision).toHaveAttribute('data-value', 'undefined');
    await empty.getByRole('button', { name: 'Reset' }).click();
    await expectValue(emptyPrecision, 0);

    const iconic = figure(page, 'detection.iconic');
    const crowded = readout(iconic, 'coco_eval.ap', { subject: 'crowded' });
    const crowdedDefault = Number(await readValue(crowded));
    await setRange(iconic.getByRole('slider', { name: /Localisation error/ }), 12);
    await expect.poll(async () => Number(await readValue(crowded))).toBeLessThan(crowdedDefault - 1e-6);
    await iconic.getByRole('button', { name: 'Reset' }).click();
    await expectValue(crowded, crowdedDefault);
    await expectNoProblems(problems);
  });

  test('every draggable is a focusable, named button; names are unique', async ({ page }) => {
    await openDetection(page);
    const draggables = page.locator('[aria-roledescription="draggable"]');
    // IoU: 2 boxes + 8 corners; AP: 12 predictions
    await expect(draggables).toHaveCount(22);
    const attrs = await draggables.evaluateAll((els) =>
      els.map((e) => ({
        role: e.getAttribute('role'),
        tabindex: e.getAttribute('tabindex'),
        label: e.getAttribute('aria-label') ?? '',
      })),
    );
    for (const a of attrs) {
      expect(a.role).toBe('button');
      expect(a.tabindex).toBe('0');
      expect(a.label.length).toBeGreaterThan(5);
    }
    expect(new Set(attrs.map((a) => a.label)).size).toBe(attrs.length);
    const ap = figure(page, 'detection.ap');
    await expect(ap.getByRole('button', { name: /^prediction 3, score 0\.88 \(car\)/ })).toHaveCount(1);
    // a changed score is in the box's name at once
    // A number field applies what was typed on commit (Enter or leaving it).
    await ap.getByRole('spinbutton', { name: 'Score of prediction 3' }).fill('0.82');
    await ap.getByRole('spinbutton', { name: 'Score of prediction 3' }).press('Enter');
    await expect(ap.getByRole('button', { name: /^prediction 3, score 0\.82 \(car\)/ })).toHaveCount(1);
  });

  test('the self-check marks a right and a wrong answer', async ({ page }) => {
    await openDetection(page);
    const check = page.locator('[data-selfcheck="detection.selfcheck"]');
    await expect(check.locator('[data-correct]')).toHaveCount(0);
    await check.getByRole('radio', { name: 'Undefined (0/0)' }).check();
    await expect(check.locator('[data-correct="true"]')).toHaveCount(1);
    await check.getByRole('radio', { name: 'A, because it overlaps more' }).check();
    await expect(check.locator('[data-correct="false"]')).toHaveCount(1);
  });
});

test.describe('detection on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the page does not scroll sideways and passes axe', async ({ page }) => {
    await openDetection(page);
    await figure(page, 'detection.iconic').waitFor();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const overflow = await horizontalOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
  });
});
