/**
 * The Lab in presentation mode with every panel's example loaded (issue 16 item 1): an instructor
 * shows results, so each result slide keeps lecture-hall type (readouts and labels at least 24 px
 * at 1920x1080, HTML and chart labels) and fits with no scrolling at 1920x1080 and 1280x720.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoProblems } from './fixtures';
import { expectTextFloor } from './slideText';

/** Each panel with a readout that has a value once its example is evaluated. */
const PANELS: readonly [widget: string, metric: string][] = [
  ['lab.coco', 'coco_eval.ap'],
  ['lab.segmentation', 'segmentation.miou'],
  ['lab.image-pair', 'psnr'],
  ['lab.depth', 'depth.abs_rel'],
];

/** The slide counter as [current, total]. */
async function counter(page: Page): Promise<[number, number]> {
  const text = (await page.locator('.ba-present__counter [aria-hidden="true"]').textContent()) ?? '';
  const [n, total] = text.split('/').map((part) => Number(part.trim()));
  return [n ?? NaN, total ?? NaN];
}

/** Waits until slide `n` shows, fitted: its figure inside the stage and nothing scrolls (as e2e/present.spec.ts). */
async function expectSlideFits(page: Page, n: number, size: string) {
  await expect(page.locator('.ba-present')).toHaveAttribute('data-slide', String(n));
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const root = document.querySelector<HTMLElement>('.ba-present');
          const stage = document.querySelector<HTMLElement>('.ba-present__stage');
          const doc = document.documentElement;
          const problems: string[] = [];
          if (!root || !stage) return ['no presentation'];
          if (doc.scrollHeight > doc.clientHeight)
            problems.push(`document ${doc.scrollHeight}/${doc.clientHeight}`);
          if (stage.scrollHeight > stage.clientHeight)
            problems.push(`stage ${stage.scrollHeight}/${stage.clientHeight}`);
          if (root.dataset.slideKind === 'figure') {
            const figure = stage.querySelector<HTMLElement>('[data-iso-target]');
            if (!figure || figure.dataset.widget !== root.dataset.figure) return ['figure not shown'];
            if (figure.dataset.fitZoom === undefined) problems.push('not fitted');
            const r = figure.getBoundingClientRect();
            const s = stage.getBoundingClientRect();
            if (r.height < 50) problems.push('figure collapsed');
            if (r.top < s.top - 1 || r.bottom > s.bottom + 1 || r.left < s.left - 1 || r.right > s.right + 1)
              problems.push(
                `figure ${Math.round(r.top)}-${Math.round(r.bottom)} outside stage ${Math.round(s.top)}-${Math.round(s.bottom)}`,
              );
          }
          return problems;
        }),
      { message: `lab slide ${n} fits at ${size}` },
    )
    .toEqual([]);
}

test('with every example loaded, each Lab slide keeps text >= 24 px at 1920x1080 and fits at 1920x1080 and 1280x720', async ({
  page,
  problems,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('#/lab');
  await expect(page.locator('figure[data-widget]').first()).toBeVisible();
  await page.getByRole('button', { name: /^Present:/ }).click();
  await expect(page).toHaveURL(/#\/present\/lab\?slide=1/);
  await expectSlideFits(page, 1, '1920x1080');
  const [, total] = await counter(page);
  expect(total).toBeGreaterThanOrEqual(16);

  const loaded = new Set<string>();
  for (let n = 1; n <= total; n += 1) {
    await expectSlideFits(page, n, '1920x1080');
    // a panel's first slide loads its example (this tab has loaded no files yet); every later slide
    // of the panel shows the loaded results
    const figure = await page.locator('.ba-present').getAttribute('data-figure');
    const metric = PANELS.find(([id]) => id === figure)?.[1];
    if (figure && metric) {
      const value = page.locator(`.ba-present__stage [data-metric="${metric}"]`).first();
      if (!loaded.has(figure)) {
        await page.locator('.ba-present__stage').getByRole('button', { name: 'Load an example' }).click();
        loaded.add(figure);
      }
      await expect(value, `${figure} loaded on slide ${n}`).toHaveAttribute('data-value', /^-?\d/, {
        timeout: 30_000,
      });
      await expectSlideFits(page, n, '1920x1080');
    }
    await expectTextFloor(page, `lab slide ${n}`);
    if (n < total) await page.keyboard.press('PageDown');
  }

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.keyboard.press('Home');
  for (let n = 1; n <= total; n += 1) {
    await expectSlideFits(page, n, '1280x720');
    if (n < total) await page.keyboard.press('PageDown');
  }
  await expectNoProblems(problems);
});
