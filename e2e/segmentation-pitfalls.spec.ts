/**
 * The segmentation section (#/segmentation), figures 4-7: small structures,
 * the empty reference, the precision-recall threshold, and the self-check.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoProblems, expectValue, readout, readValue, pressOn } from './fixtures';

async function open(page: Page): Promise<void> {
  await page.goto('./#/segmentation');
  await page.locator('figure[data-widget="segmentation.structures"]').waitFor();
}

const figure = (page: Page, id: string) => page.locator(`figure[data-widget="segmentation.${id}"]`);
const num = async (loc: Parameters<typeof readValue>[0]) => Number(await readValue(loc));

test.describe('segmentation: pitfalls', () => {
  test('small structures: the lesion’s Dice is below the organ’s and falls as the slider shrinks it', async ({
    page,
    problems,
  }) => {
    await open(page);
    const fig = figure(page, 'structures');
    const small = readout(fig, 'binary_mask.dice', { subject: 'small' });
    const large = readout(fig, 'binary_mask.dice', { subject: 'large' });
    await expect(small).toHaveAttribute('data-value', /\d/);
    await expect(large).toHaveAttribute('data-value', /\d/);
    const s0 = await num(small);
    const l0 = await num(large);
    expect(s0).toBeLessThan(l0);
    const slider = fig.getByRole('slider', { name: /Lesion radius/ });
    await pressOn(slider, 'ArrowLeft', 2);
    await expect.poll(() => num(small)).toBeLessThan(s0);
    const s1 = await num(small);
    await pressOn(slider, 'ArrowLeft');
    await expect.poll(() => num(small)).toBeLessThan(s1);
    await expectValue(large, l0, 0);
    // Radius 1: a plus of 5 pixels of which only the centre is kept: Dice = 2 * 1 / (5 + 1).
    await pressOn(slider, 'Home');
    await expectValue(small, 2 / 6);

    // The Dice-against-size plot: the marked point follows the slider and carries the lesion's Dice;
    // the smallest lesion scores far below the largest.
    const points = fig.locator('[data-size-point]');
    await expect(points).toHaveCount(20);
    const current = fig.locator('[data-size-point][data-current="true"]');
    await expect(current).toHaveAttribute('data-radius', '1');
    expect(Math.abs(Number(await current.getAttribute('data-dice')) - 2 / 6)).toBeLessThan(1e-9);
    await pressOn(slider, 'End');
    await expect(current).toHaveAttribute('data-radius', '20');
    await expect.poll(() => num(small)).toBeGreaterThan(0.8);
    expect(Math.abs(Number(await current.getAttribute('data-dice')) - (await num(small)))).toBeLessThan(1e-9);
    const dice = (
      await points.evaluateAll((ps) => ps.map((p) => Number(p.getAttribute('data-dice'))))
    ).slice();
    expect(dice[0]!).toBeLessThan(dice[dice.length - 1]! - 0.4);
    await expectNoProblems(problems);
  });

  test('empty reference: removing a class gives IoU 0, clearing it from the prediction too gives undefined', async ({
    page,
    problems,
  }) => {
    await open(page);
    const fig = figure(page, 'empty');
    const iou = readout(fig, 'segmentation.iou', { cls: 'person' });
    const dice = readout(fig, 'segmentation.dice', { cls: 'person' });
    await expect(iou).toHaveAttribute('data-value', /\d/);
    expect(await num(iou)).toBeGreaterThan(0);
    const clear = fig.getByRole('checkbox', { name: 'Also clear it from the prediction' });
    await expect(clear).toBeDisabled();
    await fig.getByRole('checkbox', { name: 'Remove it from the ground truth' }).check();
    await expectValue(iou, 0);
    await expectValue(dice, 0);
    await expect(fig.locator('[data-reason="false-positives-only"]')).toBeVisible();
    const skip = readout(fig, 'miou_conventions.miou.skip');
    const one = readout(fig, 'miou_conventions.miou.one');
    const zero = readout(fig, 'miou_conventions.miou.zero');
    await expect(skip).toHaveAttribute('data-value', /\d/);
    const agreed = await num(skip);
    await expectValue(one, agreed);
    await expectValue(zero, agreed);

    await clear.check();
    await expect(iou).toHaveAttribute('data-value', 'undefined');
    await expect(dice).toHaveAttribute('data-value', 'undefined');
    await expect(iou).toContainText('undefined');
    // Three classes remain defined: skip = S / 3, one = (S + 1) / 4, zero = S / 4.
    await expect.poll(() => num(skip)).not.toBe(agreed);
    const s = (await num(skip)) * 3;
    await expectValue(one, (s + 1) / 4, 1e-12);
    await expectValue(zero, s / 4, 1e-12);
    expect(await num(zero)).toBeLessThan(await num(skip));
    expect(await num(skip)).toBeLessThan(await num(one));
    await expectNoProblems(problems);
  });

  test('raising the threshold raises precision and lowers recall of the person class', async ({
    page,
    problems,
  }) => {
    await open(page);
    const fig = figure(page, 'threshold');
    const precision = readout(fig, 'binary_mask.precision', { cls: 'person' });
    const recall = readout(fig, 'binary_mask.recall', { cls: 'person' });
    const iou = readout(fig, 'binary_mask.iou', { cls: 'person' });
    await expect(precision).toHaveAttribute('data-value', /\d/);
    const p0 = await num(precision);
    const r0 = await num(recall);
    const picture = await fig.locator('canvas').nth(1).screenshot();
    await pressOn(fig.getByRole('slider', { name: 'Threshold' }), 'ArrowRight', 4);
    await expect.poll(() => num(precision)).toBeGreaterThan(p0);
    await expect.poll(() => num(recall)).toBeLessThan(r0);
    expect((await fig.locator('canvas').nth(1).screenshot()).equals(picture)).toBe(false);
    // IoU = 1 / (1/P + 1/R - 1) for one class.
    const p = await num(precision);
    const r = await num(recall);
    await expectValue(iou, 1 / (1 / p + 1 / r - 1), 1e-12);
    await expectNoProblems(problems);
  });

  test('the self-check marks the production question', async ({ page, problems }) => {
    await open(page);
    const question = page.locator('[data-correct]').first();
    await page.getByRole('radio', { name: /background carries the accuracy/ }).check();
    await expect(page.locator('[data-correct="true"]').first()).toBeVisible();
    expect(await question.count()).toBe(1);
    await expectNoProblems(problems);
  });
});
