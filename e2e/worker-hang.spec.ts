/**
 * A metrics worker stuck in an endless loop (reliability review F4): the
 * client notices the silence, replaces the worker, retries the newest
 * request, and the readout shows the correct value for the new setting,
 * with a notice that the worker was restarted. The light lane (single boxes,
 * poses) never waits on a hung heavy lane (photos). Each test logs its
 * measured recovery time.
 */
import type { Worker } from '@playwright/test';
import { test, expect, expectNoProblems, readout, pressOn, readValue } from './fixtures';
import { boxOf, figure, iou, openDetection } from './detection-helpers';
import { fig, num, openSection } from './image-quality-helpers';
import { laneWorker } from './lane-workers';

/** Makes a worker spin forever on its next turn, as a bug in a long loop would. */
async function hang(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    setTimeout(() => {
      for (;;) {
        /* spin */
      }
    }, 0);
  });
}

/** Waits (up to 30 s) until `read` returns a value within `tol` of `expected` and returns the ms taken. */
async function recoveryMs(
  read: () => Promise<number | string>,
  expected: number,
  tol: number,
): Promise<number> {
  const t0 = Date.now();
  await expect
    .poll(
      async () => {
        const v = await read();
        return typeof v === 'number' ? Math.abs(v - expected) : Number.POSITIVE_INFINITY;
      },
      { timeout: 30_000, intervals: [50] },
    )
    .toBeLessThanOrEqual(tol);
  return Date.now() - t0;
}

/** A readout's value now (NaN while busy), without waiting. */
async function valueNow(loc: ReturnType<typeof readout>): Promise<number | string> {
  if ((await loc.getAttribute('aria-busy')) === 'true') return Number.NaN;
  const raw = (await loc.getAttribute('data-value')) ?? '';
  return raw === '' || !Number.isFinite(Number(raw)) ? raw : Number(raw);
}

test('a hung light worker is replaced and the IoU readout shows the new box’s value', async ({
  page,
  problems,
}) => {
  await openDetection(page);
  const f = figure(page, 'detection.iou');
  const box = readout(f, 'box_iou');
  await readValue(box);
  await hang(await laneWorker(page, 'light'));

  const pred = f.getByRole('button', { name: /^predicted box/ });
  const gt = f.getByRole('button', { name: /^ground-truth box/ });
  await pressOn(pred, 'ArrowLeft', 3);
  const expected = iou(await boxOf(gt), await boxOf(pred));
  const ms = await recoveryMs(() => valueNow(box), expected, 1e-9);
  console.log(`worker-hang: light lane recovered in ${ms} ms`);

  await expect(box).toHaveAttribute('data-restarted', 'true');
  await expect(box).toContainText('worker was restarted');
  // The replacement works for the next change too, and the notice goes away.
  await pressOn(pred, 'ArrowUp', 2);
  await recoveryMs(() => valueNow(box), iou(await boxOf(gt), await boxOf(pred)), 1e-9);
  await expect(box).not.toHaveAttribute('data-restarted', 'true', { timeout: 15_000 });
  await expectNoProblems(problems);
});

test('a hung heavy worker is replaced and PSNR shows the value a fresh page computes', async ({
  page,
  browser,
  problems,
}) => {
  test.setTimeout(120_000);
  await openSection(page);
  const f = fig(page, 'blur-noise');
  const psnr = readout(f, 'psnr', { subject: 'blurred' });
  const before = await num(psnr);
  await hang(await laneWorker(page, 'heavy'));

  const blur = f.getByRole('slider', { name: 'Blur σ' });
  await pressOn(blur, 'ArrowRight');
  await expect(blur).toHaveValue('1.6');
  const t0 = Date.now();
  await expect
    .poll(
      async () => {
        const v = await valueNow(psnr);
        return typeof v === 'number' && !Number.isNaN(v) && v !== before;
      },
      { timeout: 30_000, intervals: [50] },
    )
    .toBe(true);
  console.log(`worker-hang: heavy lane recovered in ${Date.now() - t0} ms`);
  const after = await num(psnr);
  await expect(psnr).toHaveAttribute('data-restarted', 'true');

  // The same setting on a fresh page, never hung.
  const fresh = await browser.newPage({ baseURL: test.info().project.use.baseURL });
  await openSection(fresh);
  const f2 = fig(fresh, 'blur-noise');
  await pressOn(f2.getByRole('slider', { name: 'Blur σ' }), 'ArrowRight');
  await expect(f2.getByRole('slider', { name: 'Blur σ' })).toHaveValue('1.6');
  await expect
    .poll(async () => num(readout(f2, 'psnr', { subject: 'blurred' })), { timeout: 30_000 })
    .not.toBe(before);
  expect(Math.abs((await num(readout(f2, 'psnr', { subject: 'blurred' }))) - after)).toBeLessThanOrEqual(
    1e-9,
  );
  await fresh.close();
  await expectNoProblems(problems);
});

test('a light readout updates while the heavy lane is hung', async ({ page }) => {
  test.setTimeout(60_000);
  await openSection(page);
  const heavy = await laneWorker(page, 'heavy');
  await hang(heavy);
  // A photo request is now stuck in the hung heavy worker.
  const blur = fig(page, 'blur-noise').getByRole('slider', { name: 'Blur σ' });
  await pressOn(blur, 'ArrowRight');
  await page.goto('./#/detection');
  await page.locator('figure[data-widget="detection.iou"]').waitFor();
  const f = figure(page, 'detection.iou');
  const box = readout(f, 'box_iou');
  const pred = f.getByRole('button', { name: /^predicted box/ });
  const gt = f.getByRole('button', { name: /^ground-truth box/ });
  await pressOn(pred, 'ArrowRight', 4);
  const ms = await recoveryMs(() => valueNow(box), iou(await boxOf(gt), await boxOf(pred)), 1e-9);
  console.log(`worker-hang: light readout answered in ${ms} ms while the heavy lane hung`);
  // Far below the heavy lane's 12 s stall threshold: the light lane did not wait for it.
  expect(ms).toBeLessThan(6000);
});
