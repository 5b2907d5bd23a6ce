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

  // The hero opens on the lazy model: its own readout already shows the quoted accuracy, no click needed.
  const lazy = await printedPercent(page, /background, already reaches/);
  await expect.poll(() => asPrinted(readout(painter, 'segmentation.pixel_accuracy'))).toBe(lazy);
  await expectValue(readout(painter, 'segmentation.iou', { cls: 'person' }), 0);
  await painter.getByRole('button', { name: 'Lazy model' }).click();
  await expectValue(person, 0);
  await expect.poll(() => asPrinted(accuracy)).toBe(lazy);
  expect(lazy).toBeLessThan(90);

  await painter.getByRole('button', { name: 'Misses small objects' }).click();
  await expectValue(person, 0);
  const misses = await printedPercent(page, /its pixel accuracy is/);
  await expect.poll(() => asPrinted(accuracy)).toBe(misses);
  expect(misses).toBeGreaterThan(90);
  await expectNoProblems(problems);
});

test('the depth hook and prose quote the predictions and AbsRel values the hero shows', async ({
  page,
  problems,
}) => {
  await page.goto('./#/depth');
  const hero = page.locator('figure[data-widget="depth.wall-book"]');
  const hook = (await page.locator('article .ba-hook').innerText()).replace(/\s+/g, ' ');
  const m = hook.match(/wall 10 m away at ([0-9.]+) m and a book 1 m away at ([0-9.]+) m/);
  expect(m, 'the hook quotes both predictions').not.toBeNull();
  await expect(hero.getByRole('slider', { name: 'Predicted wall depth (m)' })).toHaveValue(m![1]!);
  await expect(hero.getByRole('slider', { name: 'Predicted book depth (m)' })).toHaveValue(m![2]!);

  const text = (await page.locator('article').first().innerText()).replace(/\s+/g, ' ');
  const rel = text.match(/= ([0-9.]+) % for the wall, 0\.1 \/ 1 = ([0-9.]+) % for the book/);
  expect(rel, 'the prose quotes both relative errors').not.toBeNull();
  await expectValue(readout(hero, 'depth.abs_rel', { subject: 'wall' }), Number(rel![1]) / 100, 1e-9);
  await expectValue(readout(hero, 'depth.abs_rel', { subject: 'book' }), Number(rel![2]) / 100, 1e-9);
  await expectNoProblems(problems);
});

test('the pose prose quotes the σ of eyes and hips that the tolerance-ring table uses (kᵢ = 2σᵢ)', async ({
  page,
  problems,
}) => {
  await page.goto('./#/pose');
  const text = (await page.locator('article').first().innerText()).replace(/\s+/g, ' ');
  const eye = text.match(/about an eye, which is a small sharp dot: σ = ([0-9]+\.[0-9]+)/);
  const hip = text.match(/about a hip, which hides under clothes: σ = ([0-9]+\.[0-9]+)/);
  expect(eye, 'the prose quotes the eye’s σ').not.toBeNull();
  expect(hip, 'the prose quotes the hip’s σ').not.toBeNull();
  // the ring table's kᵢ column comes from the metrics package (its second cell; the table is collapsed)
  const k = async (group: string) => {
    const cell = page
      .locator('figure[data-widget="pose.rings"] table')
      .first()
      .locator('tbody tr')
      .filter({ has: page.locator(`th:text-is("${group}")`) })
      .locator('td')
      .first();
    await expect(cell).not.toHaveText('…');
    return Number(await cell.textContent());
  };
  expect(await k('eyes')).toBeCloseTo(2 * Number(eye![1]), 9);
  expect(await k('hips')).toBeCloseTo(2 * Number(hip![1]), 9);
  await expectNoProblems(problems);
});

test('the image-quality prose quotes the PSNR and SSIM of the matched pair the hero opens on', async ({
  page,
  problems,
}) => {
  await page.goto('./#/image-quality');
  const hero = page.locator('figure[data-widget="image-quality.blur-noise"]');
  const text = (await page.locator('article').first().innerText()).replace(/\s+/g, ' ');
  const m = text.match(
    /At equal PSNR \((\d+(?:\.\d+)?) dB on the astronaut\), it ranks the blurred copy far above the noisy one, (\d+(?:\.\d+)?) against (\d+(?:\.\d+)?)/,
  );
  expect(m, 'the prose quotes the matched pair').not.toBeNull();
  const [psnr, ssimBlurred, ssimNoisy] = m!.slice(1).map(Number) as [number, number, number];
  const value = async (metric: string, subject: string) => {
    const r = readout(hero, metric, { subject });
    await expect(r).toHaveAttribute('data-value', /\d/, { timeout: 30_000 });
    return Number(await readValue(r));
  };
  for (const subject of ['blurred', 'noisy']) {
    expect(Math.round((await value('psnr', subject)) * 10) / 10).toBe(psnr);
  }
  expect(Math.round((await value('ssim.mssim', 'blurred')) * 100) / 100).toBe(ssimBlurred);
  expect(Math.round((await value('ssim.mssim', 'noisy')) * 100) / 100).toBe(ssimNoisy);
  await expectNoProblems(problems);
});
