/**
 * Figure `image-quality.implementations` (issue 15, item 5): one pair of
 * copies scored by five SSIM settings and two PSNR settings, each readout
 * tagged with `data-variant`. At least four different SSIM values for the
 * same pair; on coffee at blur σ 1.5 with matched noise, Wang's ssim.m
 * conventions (luma, automatic 2x downsampling) rank the noisy copy higher;
 * the controls change the numbers; axe passes in both themes and at 360 px.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoProblems, expectValue, horizontalOverflow, pressOn } from './fixtures';
import { changedFrom, fig, num, openSection } from './image-quality-helpers';

const VARIANTS = ['skimage-default', 'gaussian-rgb', 'luma', 'luma-downsampled', 'float-range'];

const cell = (f: Locator, metric: string, subject: string, variant: string) =>
  f.locator(`[data-metric="${metric}"][data-subject="${subject}"][data-variant="${variant}"]`);

async function ready(page: Page): Promise<Locator> {
  const f = fig(page, 'implementations');
  await f.scrollIntoViewIfNeeded();
  await cell(f, 'ssim.mssim', 'noisy', 'float-range')
    .and(f.locator('[data-value]'))
    .waitFor({ timeout: 60_000 });
  return f;
}

test.beforeEach(async ({ page }) => {
  test.slow();
  await openSection(page);
});

test('opens on coffee with matched noise: a wide SSIM spread, and ssim.m ranks the noisy copy higher', async ({
  page,
  problems,
}) => {
  const f = await ready(page);
  await expect(f.getByRole('combobox', { name: 'Photo' })).toHaveValue('coffee');
  await expect(f.getByRole('slider', { name: 'Blur σ' })).toHaveValue('1.5');
  await expect(f.getByRole('checkbox', { name: /Match the noise/ })).toBeChecked();
  const values: Record<string, { blurred: number; noisy: number }> = {};
  for (const v of VARIANTS) {
    values[v] = {
      blurred: await num(cell(f, 'ssim.mssim', 'blurred', v)),
      noisy: await num(cell(f, 'ssim.mssim', 'noisy', v)),
    };
  }
  const all = Object.values(values).flatMap((x) => [x.blurred, x.noisy]);
  expect(new Set(all.map((x) => x.toFixed(3))).size).toBeGreaterThanOrEqual(4);
  expect(Math.max(...all) - Math.min(...all)).toBeGreaterThan(0.3);
  // Wang's ssim.m: luma, shrunk by 2 (600 x 400 -> 300 x 200): noisy 0.918 above blurred 0.897
  expect(values['luma-downsampled']!.noisy).toBeGreaterThan(values['luma-downsampled']!.blurred);
  expect(values['skimage-default']!.blurred).toBeGreaterThan(values['skimage-default']!.noisy);
  await expect(f.locator('tr[data-variant="luma-downsampled"] [data-rank]')).toHaveText('noisy');
  await expect(f.locator('tr[data-variant="skimage-default"] [data-rank]')).toHaveText('blurred');
  // matched: PSNR over RGB is a tie, PSNR on Y is not
  const rgbB = await num(cell(f, 'psnr', 'blurred', 'rgb'));
  const rgbN = await num(cell(f, 'psnr', 'noisy', 'rgb'));
  expect(Math.abs(rgbB - rgbN)).toBeLessThan(0.01);
  expect(await num(cell(f, 'psnr', 'noisy', 'y'))).toBeGreaterThan(
    (await num(cell(f, 'psnr', 'blurred', 'y'))) + 2,
  );
  await expect(f.getByText(/Noise σ 12\.213 levels, matched/)).toBeVisible();
  await expectNoProblems(problems);
});

test('the photo, the blur and the noise controls change the values', async ({ page }) => {
  const f = await ready(page);
  const wangNoisy = cell(f, 'ssim.mssim', 'noisy', 'luma-downsampled');
  const coffee = await num(wangNoisy);
  await f.getByRole('combobox', { name: 'Photo' }).selectOption('astronaut');
  const astronaut = await changedFrom(wangNoisy, coffee);
  // on the astronaut ssim.m keeps the blurred copy ahead (0.947 vs 0.867)
  expect(await num(cell(f, 'ssim.mssim', 'blurred', 'luma-downsampled'))).toBeGreaterThan(astronaut);
  await expect(f.getByText(/Noise σ 12\.412 levels, matched/)).toBeVisible();

  const blurred = cell(f, 'ssim.mssim', 'blurred', 'skimage-default');
  const before = await num(blurred);
  const blur = f.getByRole('slider', { name: 'Blur σ' });
  await blur.focus();
  await blur.press('ArrowRight');
  await expect(blur).toHaveValue('1.6');
  expect(await changedFrom(blurred, before)).toBeLessThan(before);

  const noisy = cell(f, 'ssim.mssim', 'noisy', 'gaussian-rgb');
  const matchedNoisy = await num(noisy);
  const noise = f.getByRole('slider', { name: 'Noise σ' });
  await noise.focus();
  await noise.press('End');
  await expect(f.getByRole('checkbox', { name: /Match the noise/ })).not.toBeChecked();
  expect(await changedFrom(noisy, matchedNoisy)).toBeLessThan(matchedNoisy);
  await expect(f.getByText(/Noise σ 60\.000 levels, set by hand/)).toBeVisible();
});

test('a share link restores the photo, the blur and the matched noise; Reset returns to coffee', async ({
  page,
  context,
}) => {
  const f = await ready(page);
  const wangBlurred = cell(f, 'ssim.mssim', 'blurred', 'luma-downsampled');
  const coffee = await num(wangBlurred);
  await f.getByRole('combobox', { name: 'Photo' }).selectOption('astronaut');
  await pressOn(f.getByRole('slider', { name: 'Blur σ' }), 'ArrowRight', 2);
  await expect(f.getByRole('slider', { name: 'Blur σ' })).toHaveValue('1.7');
  const shown = await changedFrom(wangBlurred, coffee);
  await f.getByRole('button', { name: 'Copy link' }).click();
  const link = await f.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain('w=image-quality.implementations');

  const other = await context.newPage();
  await other.goto(link);
  await other.locator('main h1').first().waitFor();
  const g = await ready(other);
  await expect(g.getByRole('combobox', { name: 'Photo' })).toHaveValue('astronaut');
  await expect(g.getByRole('slider', { name: 'Blur σ' })).toHaveValue('1.7');
  await expect(g.getByRole('checkbox', { name: /Match the noise/ })).toBeChecked();
  await expectValue(cell(g, 'ssim.mssim', 'blurred', 'luma-downsampled'), shown, 1e-12);

  await f.getByRole('button', { name: 'Reset' }).click();
  await expect(f.getByRole('combobox', { name: 'Photo' })).toHaveValue('coffee');
  await expectValue(wangBlurred, coffee, 1e-12);
});

test('axe finds no serious or critical violation in the section, in both themes', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await openSection(page);
    await ready(page);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad, scheme).toEqual([]);
  }
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('the tables stack into cards without sideways scrolling', async ({ page }) => {
    const f = await ready(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const first = f.locator('tr[data-variant="skimage-default"] td').first();
    await expect(first).toHaveAttribute('data-label', 'Blurred copy');
    await expect(f.locator('[data-call="luma-downsampled"]')).toHaveText('ssim(rgb2gray(A), rgb2gray(B))');
    const box = (await f.locator('table').first().boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(360);
  });
});
