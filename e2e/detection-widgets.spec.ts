import AxeBuilder from '@axe-core/playwright';
import { test, expect, expectNoProblems, expectValue, readout, readValue, pressOn } from './fixtures';
import { boxOf, figure, openDetection, setRange } from './detection-helpers';

test.describe('detection section widgets', () => {
  test('scale: at a 5 px shift the small box fails 0.5 and the large one passes; the slider changes both', async ({
    page,
    problems,
  }) => {
    await openDetection(page);
    const fig = figure(page, 'detection.scale');
    const small = readout(fig, 'box_iou', { subject: 'small' });
    const large = readout(fig, 'box_iou', { subject: 'large' });
    await expectValue(small, 84 / 204);
    await expectValue(large, 0.92);
    expect(Number(await readValue(small))).toBeLessThan(0.5);
    expect(Number(await readValue(large))).toBeGreaterThan(0.5);
    await setRange(fig.getByRole('slider', { name: /shift/i }), 2);
    await expectValue(small, (10 * 12) / (2 * 144 - 120));
    await expectValue(large, (118 * 120) / (2 * 14400 - 118 * 120));
    await expectNoProblems(problems);
  });

  test('AP: a changed score re-ranks the table and changes AP; IoU 0.95 lowers AP; dragging changes AP', async ({
    page,
    problems,
  }) => {
    await openDetection(page);
    const fig = figure(page, 'detection.ap');
    const rows = fig.locator('tbody tr[data-prediction]');
    await expect(rows.first()).toHaveAttribute('data-prediction', '1');
    const apCar = readout(fig, 'ap_voc', { cls: 'car' });
    await expectValue(apCar, 0.25 * (1 + 1 + 0.75 + 4 / 6));
    // Prediction 9 fires on the tree; give it the top score.
    const score = fig.getByRole('spinbutton', { name: 'Score of prediction 9' });
    // A number field applies what was typed on commit (Enter or leaving it).
    await score.fill('0.99');
    await score.press('Enter');
    await expect(rows.first()).toHaveAttribute('data-prediction', '9');
    // car: FP TP TP FP TP TP; the envelope is 2/3 at every recall step.
    await expectValue(apCar, 2 / 3);

    const mean = readout(fig, 'ap_coco101', { subject: 'mAP' });
    const before = Number(await readValue(mean));
    await pressOn(fig.getByRole('slider', { name: 'IoU threshold' }), 'End');
    await expect.poll(async () => Number(await readValue(mean))).toBeLessThan(before);

    const afterThreshold = Number(await readValue(mean));
    const p10 = fig.getByRole('button', { name: /^prediction 10, score/ });
    await pressOn(p10, 'ArrowRight', 1);
    expect((await boxOf(p10))[0]).toBe(601);
    await expect.poll(async () => Number(await readValue(mean))).not.toBe(afterThreshold);
    await expectNoProblems(problems);
  });

  test('VOC or COCO: the presets rank in opposite orders, and the growth slider changes the loose one', async ({
    page,
    problems,
  }) => {
    await openDetection(page);
    const fig = figure(page, 'detection.presets');
    const read = async (stat: string, subject: string) =>
      Number(await readValue(readout(fig, `coco_eval.${stat}`, { subject })));
    await expectValue(readout(fig, 'coco_eval.ap50', { subject: 'loose' }), 1);
    expect(await read('ap50', 'loose')).toBeGreaterThan(await read('ap50', 'tight'));
    expect(await read('ap', 'loose')).toBeLessThan(await read('ap', 'tight'));
    await setRange(fig.getByRole('slider', { name: /growth/i }), 2);
    await expectValue(readout(fig, 'coco_eval.ap', { subject: 'loose' }), 0.7);
    await fig.getByRole('radio', { name: 'Tight but fewer' }).check();
    await expect(fig.getByRole('radio', { name: 'Tight but fewer' })).toBeChecked();
    await expectNoProblems(problems);
  });

  test('ties: the tie rule changes AP', async ({ page, problems }) => {
    await openDetection(page);
    const fig = figure(page, 'detection.ties');
    const ap = readout(fig, 'ap_voc', { subject: 'ties' });
    await expectValue(ap, 0.6875);
    await fig.getByRole('radio', { name: /reverse/ }).check();
    await expectValue(ap, 0.625);
    await expectNoProblems(problems);
  });

  test('empty image: recall undefined, precision 0 or undefined, dataset numbers defined', async ({
    page,
    problems,
  }) => {
    await openDetection(page);
    const fig = figure(page, 'detection.empty');
    const recall = readout(fig, 'detection_image_counts.recall', { subject: 'empty-image' });
    const precision = readout(fig, 'detection_image_counts.precision', { subject: 'empty-image' });
    await expect(recall).toHaveAttribute('data-value', 'undefined');
    await expect(recall).toContainText('undefined');
    await expectValue(precision, 0);
    await expectValue(readout(fig, 'detection_image_counts.precision', { subject: 'dataset' }), 6 / 7);
    await fig.getByRole('checkbox', { name: /fires/ }).uncheck();
    await expect(precision).toHaveAttribute('data-value', 'undefined');
    await expect(recall).toHaveAttribute('data-value', 'undefined');
    await expectValue(readout(fig, 'detection_image_counts.precision', { subject: 'dataset' }), 1);
    await expectValue(readout(fig, 'detection_image_counts.recall', { subject: 'dataset' }), 0.75);
    await expectNoProblems(problems);
  });

  test('iconic vs crowded: the same localisation error costs the crowded scene more', async ({
    page,
    problems,
  }) => {
    await openDetection(page);
    const fig = figure(page, 'detection.iconic');
    const iconic = readout(fig, 'coco_eval.ap', { subject: 'iconic' });
    const crowded = readout(fig, 'coco_eval.ap', { subject: 'crowded' });
    const crowdedBefore = Number(await readValue(crowded));
    await setRange(fig.getByRole('slider', { name: /Localisation error/ }), 8);
    await expect.poll(async () => Number(await readValue(crowded))).toBeLessThan(crowdedBefore);
    expect(Number(await readValue(iconic))).toBeGreaterThan(Number(await readValue(crowded)));
    await setRange(fig.getByRole('slider', { name: /Miss rate/ }), 10);
    await expectValue(iconic, 0);
    await expectNoProblems(problems);
  });

  test('the whole page state survives a copy-link round trip', async ({ page, context }) => {
    await openDetection(page);
    await pressOn(
      figure(page, 'detection.iou').getByRole('button', { name: /^predicted box/ }),
      'ArrowLeft',
      3,
    );
    await setRange(figure(page, 'detection.scale').getByRole('slider', { name: /shift/i }), 9);
    const ap = figure(page, 'detection.ap');
    // A number field applies what was typed on commit (Enter or leaving it).
    await ap.getByRole('spinbutton', { name: 'Score of prediction 5' }).fill('0.97');
    await ap.getByRole('spinbutton', { name: 'Score of prediction 5' }).press('Enter');
    await pressOn(ap.getByRole('slider', { name: 'IoU threshold' }), 'ArrowRight', 3);
    await ap.getByRole('radio', { name: 'person' }).check();
    await pressOn(ap.getByRole('button', { name: /^prediction 6, score/ }), 'ArrowDown', 2);
    await setRange(figure(page, 'detection.presets').getByRole('slider', { name: /growth/i }), 7);
    await figure(page, 'detection.ties')
      .getByRole('radio', { name: /reverse/ })
      .check();
    await figure(page, 'detection.empty').getByRole('checkbox', { name: /fires/ }).uncheck();
    await setRange(figure(page, 'detection.iconic').getByRole('slider', { name: /Localisation error/ }), 6);

    const readouts = page.locator('[data-metric][data-value]');
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const snapshot = async (p: typeof page) =>
      p.locator('[data-metric][data-value]').evaluateAll((els) =>
        els.map((e) => ({
          key: `${e.getAttribute('data-metric')}|${e.getAttribute('data-subject') ?? ''}|${e.getAttribute('data-class') ?? ''}`,
          value: e.getAttribute('data-value') ?? '',
        })),
      );
    /** Same readouts in the same order; numbers equal within 1e-9, words (undefined, error) equal. */
    const expectSameReadouts = (a: { key: string; value: string }[], b: { key: string; value: string }[]) => {
      expect(a.map((r) => r.key)).toEqual(b.map((r) => r.key));
      a.forEach((r, i) => {
        const x = Number(r.value);
        const y = Number(b[i]!.value);
        if (Number.isFinite(x) && r.value !== '') expect(Math.abs(x - y), r.key).toBeLessThanOrEqual(1e-9);
        else expect(b[i]!.value, r.key).toBe(r.value);
      });
    };
    expect(await readouts.count()).toBeGreaterThan(40);
    const before = await snapshot(page);
    // the changes above really moved numbers away from the defaults
    const fresh = await context.newPage();
    await openDetection(fresh);
    await figure(fresh, 'detection.iconic').waitFor();
    await expect(fresh.locator('[aria-busy="true"]')).toHaveCount(0);
    const defaults = await snapshot(fresh);
    await fresh.close();
    const changed = before.filter((r, i) => r.value !== defaults[i]?.value).map((r) => r.key.split('|')[0]);
    expect(new Set(changed).size).toBeGreaterThan(4);

    const iouFig = figure(page, 'detection.iou');
    await iouFig.getByRole('button', { name: /copy/i }).click();
    const url = await iouFig.getByRole('textbox', { name: 'Share link' }).inputValue();
    const other = await context.newPage();
    await other.goto(url);
    await figure(other, 'detection.iconic').waitFor();
    await expect.poll(async () => (await snapshot(other)).length).toBe(before.length);
    await expect(other.locator('[aria-busy="true"]')).toHaveCount(0);
    expectSameReadouts(await snapshot(other), before);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no serious or critical violation (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openDetection(page);
      await figure(page, 'detection.iconic').waitFor();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      const result = await new AxeBuilder({ page }).analyze();
      const bad = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(bad).toEqual([]);
    });
  }
});
