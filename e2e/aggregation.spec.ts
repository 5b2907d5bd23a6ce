/**
 * "Per image or pooled?" figures (issue 15 items 2 and 3): in the default
 * test set the two models' order differs between the per-image mean and the
 * pooled score; each bootstrap interval contains its point estimate and is
 * narrower on 400 images than on 4; redrawing the test set changes the numbers.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoProblems, readValue } from './fixtures';

const FIGURES = [
  {
    route: '#/segmentation',
    widget: 'segmentation.aggregation',
    metric: 'segmentation.miou',
    higherIsBetter: true,
  },
  { route: '#/depth', widget: 'depth.aggregation', metric: 'depth.abs_rel', higherIsBetter: false },
  { route: '#/image-quality', widget: 'image-quality.aggregation', metric: 'psnr', higherIsBetter: true },
] as const;

type Spec = (typeof FIGURES)[number];

async function value(page: Page, spec: Spec, metric: string, subject: string, model?: 'a' | 'b') {
  const figure = page.locator(`figure[data-widget="${spec.widget}"]`);
  const sel = `[data-metric="${metric}"][data-subject="${subject}"]${model ? `[data-model="${model}"]` : ''}`;
  const v = await readValue(figure.locator(sel).first());
  expect(typeof v, `${metric} ${subject} ${model ?? ''}`).toBe('number');
  return v as number;
}

async function setImages(page: Page, spec: Spec, n: number) {
  const figure = page.locator(`figure[data-widget="${spec.widget}"]`);
  await figure.getByRole('slider', { name: 'Test images' }).fill(String(n));
  await expect(figure.getByRole('slider', { name: 'Test images' })).toHaveValue(String(n));
}

for (const spec of FIGURES) {
  test(`${spec.widget}: the default test set ranks the models differently per image and pooled`, async ({
    page,
    problems,
  }) => {
    await page.goto(`./${spec.route}?w=${spec.widget}`);
    const better = (a: number, b: number) => (a > b === spec.higherIsBetter ? 'a' : 'b');
    await expect(page.locator(`figure[data-widget="${spec.widget}"]`)).toBeVisible();
    const perImage = better(
      await value(page, spec, spec.metric, 'per-image', 'a'),
      await value(page, spec, spec.metric, 'per-image', 'b'),
    );
    const pooled = better(
      await value(page, spec, spec.metric, 'pooled', 'a'),
      await value(page, spec, spec.metric, 'pooled', 'b'),
    );
    expect(perImage).not.toBe(pooled);
    await expect(
      page.locator(`figure[data-widget="${spec.widget}"] [data-flipped="true"]`).first(),
    ).toBeVisible();
    const flip = await value(page, spec, 'bootstrap.flip_rate', 'per-image');
    expect(flip).toBeGreaterThanOrEqual(0);
    expect(flip).toBeLessThanOrEqual(1);
    await expectNoProblems(problems);
  });

  test(`${spec.widget}: each interval contains its estimate and narrows from 4 to 400 images`, async ({
    page,
  }) => {
    await page.goto(`./${spec.route}?w=${spec.widget}`);
    const widths: Record<string, number> = {};
    for (const n of [4, 400]) {
      await setImages(page, spec, n);
      for (const model of ['a', 'b'] as const) {
        const estimate = await value(page, spec, spec.metric, 'per-image', model);
        const low = await value(page, spec, 'bootstrap.ci_low', 'per-image', model);
        const high = await value(page, spec, 'bootstrap.ci_high', 'per-image', model);
        expect(low).toBeLessThanOrEqual(estimate + 1e-12);
        expect(high).toBeGreaterThanOrEqual(estimate - 1e-12);
        widths[`${model}${n}`] = high - low;
      }
    }
    expect(widths.a400).toBeLessThan(widths.a4 as number);
    expect(widths.b400).toBeLessThan(widths.b4 as number);
  });

  test(`${spec.widget}: drawing another test set changes the scores and survives a shared link`, async ({
    page,
    context,
  }) => {
    await page.goto(`./${spec.route}?w=${spec.widget}`);
    const before = await value(page, spec, spec.metric, 'pooled', 'a');
    const figure = page.locator(`figure[data-widget="${spec.widget}"]`);
    await figure.getByRole('button', { name: /^Draw another test set/ }).click();
    await expect.poll(() => value(page, spec, spec.metric, 'pooled', 'a')).not.toBe(before);
    const after = await value(page, spec, spec.metric, 'pooled', 'a');
    await figure.getByRole('button', { name: /^Copy link/ }).click();
    const link = await figure.getByLabel('Share link').inputValue();
    const other = await context.newPage();
    await other.goto(link);
    await expect.poll(() => value(other, spec, spec.metric, 'pooled', 'a')).toBeCloseTo(after, 12);
  });
}
