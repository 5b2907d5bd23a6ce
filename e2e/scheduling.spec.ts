/**
 * Scheduling behind the worker door (issue 13): a light readout is answered
 * while a deliberately long request computes in the heavy lane, and a heavy
 * request superseded while it runs is abandoned: its result is never shown
 * and the newest one arrives without waiting for the stale one to finish.
 *
 * The long request is made in the test, not in the app: the heavy worker is
 * told (worker.evaluate) to spin, right after it announces the start of its
 * next request, for longer than the client's bound for superseded work
 * (1.5 s) and shorter than its hang threshold (12 s), as a long evaluation
 * would. Assertions are about order, not time.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect, expectNoProblems, readout, pressOn, widgetFigure } from './fixtures';
import { boxOf, iou, openDetection } from './detection-helpers';
import { fig, num, openSection } from './image-quality-helpers';
import { laneWorker } from './lane-workers';

/** How long the heavy worker computes its next request (below the heavy lane's 12 s stall). */
const LONG_MS = 10_000;
const SPINNING = 'ba-test: long heavy request';

/** What became of the long request: still running, ran to its end, or its worker was terminated. */
type LongRun = { state: 'armed' | 'ran' | 'terminated' };

/**
 * Makes `worker`'s next request compute for LONG_MS: once the worker posts its
 * "started" message, it logs SPINNING and blocks. Resolves when the worker is
 * armed; `run.state` follows the long request.
 */
async function armLongRequest(worker: Worker): Promise<LongRun> {
  const run: LongRun = { state: 'armed' };
  // Installed first, then left running: this promise settles when the long request ends.
  const ended = worker.evaluate(
    ([ms, text]) =>
      new Promise<string>((resolve) => {
        const post = self.postMessage.bind(self) as (m: unknown, t?: Transferable[]) => void;
        const patched = (message: unknown, transfer?: Transferable[]) => {
          post(message, transfer);
          if ((message as { baStarted?: unknown } | null)?.baStarted !== true) return;
          (self as unknown as { postMessage: typeof post }).postMessage = post;
          console.log(text);
          const end = Date.now() + ms;
          while (Date.now() < end) {
            /* a long evaluation */
          }
          resolve('ran');
        };
        (self as unknown as { postMessage: typeof post }).postMessage = patched;
      }),
    [LONG_MS, SPINNING] as const,
  );
  ended.then(
    () => (run.state = 'ran'),
    () => (run.state = 'terminated'),
  );
  return run;
}

/** Waits until no readout on the page is computing. */
async function quiet(page: Page): Promise<void> {
  await expect(page.locator('[data-metric][aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });
}

test('a light readout updates while a long heavy request computes', async ({ page, problems }) => {
  test.setTimeout(90_000);
  await openDetection(page);
  await quiet(page);
  const heavy = await laneWorker(page, 'heavy');
  const run = await armLongRequest(heavy);

  // A COCO evaluation (heavy lane) starts and computes for LONG_MS.
  const presets = widgetFigure(page, 'detection.presets');
  const spinning = heavy.waitForEvent('console', { predicate: (m) => m.text() === SPINNING });
  await pressOn(presets.getByRole('slider'), 'ArrowRight');
  await spinning;
  const coco = readout(presets, 'coco_eval.ap50', { subject: 'loose' });
  await expect(coco).toHaveAttribute('aria-busy', 'true');

  // Meanwhile a box drag in the IoU figure (light lane) is answered.
  const f = widgetFigure(page, 'detection.iou');
  const pred = f.getByRole('button', { name: /^predicted box/ });
  const gt = f.getByRole('button', { name: /^ground-truth box/ });
  await pressOn(pred, 'ArrowLeft', 3);
  const expected = iou(await boxOf(gt), await boxOf(pred));
  const box = readout(f, 'box_iou');
  await expect
    .poll(async () =>
      (await box.getAttribute('aria-busy')) === 'true'
        ? Number.NaN
        : Math.abs(Number(await box.getAttribute('data-value')) - expected),
    )
    .toBeLessThanOrEqual(1e-9);
  // ...before the heavy request has finished.
  expect(run.state).toBe('armed');
  await expect(coco).toHaveAttribute('aria-busy', 'true');

  // The heavy request is not abandoned (nothing superseded it): it completes.
  await expect(coco).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
  expect(run.state).toBe('ran');
  await expect(box).not.toHaveAttribute('data-restarted', 'true');
  await expectNoProblems(problems);
});

test('a heavy request superseded while it runs is abandoned; only the newest is shown', async ({
  page,
  problems,
}) => {
  test.setTimeout(120_000);
  await openSection(page);
  await quiet(page);
  const f = fig(page, 'blur-noise');
  const psnr = readout(f, 'psnr', { subject: 'blurred' });
  const before = await num(psnr);
  // Record every value the readout shows from now on.
  await psnr.evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    new MutationObserver(() => {
      if (el.getAttribute('aria-busy') !== 'true') seen.push(el.getAttribute('data-value') ?? '');
    }).observe(el, { attributes: true, attributeFilter: ['data-value', 'aria-busy'] });
  });
  const heavy = await laneWorker(page, 'heavy');
  const run = await armLongRequest(heavy);

  const blur = f.getByRole('slider', { name: 'Blur σ' });
  const spinning = heavy.waitForEvent('console', { predicate: (m) => m.text() === SPINNING });
  await pressOn(blur, 'ArrowRight');
  await spinning;
  // While the σ 1.6 request computes, the reader moves on to σ 1.7.
  await pressOn(blur, 'ArrowRight');
  await expect(blur).toHaveValue('1.7');

  await expect
    .poll(async () => (await psnr.getAttribute('aria-busy')) !== 'true' && (await num(psnr)) !== before, {
      timeout: 30_000,
    })
    .toBe(true);
  // The newest value arrived without waiting for the stale request to run to its end...
  expect(run.state).not.toBe('ran');
  // ...and the stale request's value was never shown: one change, straight to σ 1.7's PSNR.
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(new Set(seen)).toEqual(new Set([String(await num(psnr))]));
  // Abandoning superseded work is not a failure: no restart notice.
  await expect(psnr).not.toHaveAttribute('data-restarted', 'true');

  // The same setting computed from scratch (σ 1.6, then back to 1.7) gives the same value.
  const shown = await num(psnr);
  await pressOn(blur, 'ArrowLeft');
  await expect(blur).toHaveValue('1.6');
  await expect.poll(async () => num(psnr), { timeout: 30_000 }).not.toBe(shown);
  await pressOn(blur, 'ArrowRight');
  await expect.poll(async () => num(psnr), { timeout: 30_000 }).toBe(shown);
  await expectNoProblems(problems);
});
