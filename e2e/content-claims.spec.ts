/**
 * Sentences that quote a number agree with the figure that shows it (content
 * review 2026-12, finding 2): the segmentation prose says the "Lazy model"
 * reaches 89.9 % and "Misses small objects" 98.9 % with person IoU 0; each
 * number printed in the prose is the figure's readout, rounded as printed.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoProblems, expectValue, readout, readValue } from './fixtures';

const figure = (page: Page, id: string) => page.locator(`figure[data-widget="segmentation.${id}"]`);

/** The percentage the prose prints right after `lead`, e.g. "already reaches 89.9 %". */
async function printedPercent(page: Page, lead: RegExp): Promise<number> {
  const text = (await page.locator('article').first().innerText()).replace(/\s+/g, ' ');
  const m = text.match(new RegExp(`${lead.source}\\s*([0-9.]+)\\s*%`));
  expect(m, `the prose quotes a percentage after ${lead}`).not.toBeNull();
  return Number(m![1]);
}

/** The readout's value as a percentage with one decimal, as the prose prints it. */
async function asPrinted(r: Locator): Promise<number> {
  await expect(r).not.toHaveAttribute('aria-busy', 'true');
  return Math.round(Number(await readValue(r)) * 1000) / 10;
}

test('the segmentation prose quotes the pixel accuracies its presets show', async ({ page, problems }) => {
  await page.goto('./#/segmentation');
  const painter = figure(page, 'painter');
  const metrics = figure(page, 'metrics');
  const accuracy = readout(metrics, 'segmentation.pixel_accuracy');
  const person = readout(metrics, 'segmentation.iou', { cls: 'person' });

  await painter.getByRole('button', { name: 'Lazy model' }).click();
  await expectValue(person, 0);
  const lazy = await printedPercent(page, /background, already reaches/);
  await expect.poll(() => asPrinted(accuracy)).toBe(lazy);
  expect(lazy).toBeLessThan(90);

  await painter.getByRole('button', { name: 'Misses small objects' }).click();
  await expectValue(person, 0);
  const misses = await printedPercent(page, /its pixel accuracy is/);
  await expect.poll(() => asPrinted(accuracy)).toBe(misses);
  expect(misses).toBeGreaterThan(90);
  await expectNoProblems(problems);
});
