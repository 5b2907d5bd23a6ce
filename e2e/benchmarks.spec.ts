/**
 * The benchmarks section (#/benchmarks, issue 17 items 4-6): the timeline's
 * stops are all reachable by keyboard and each changes the explanation; top-5
 * is at least top-1 and top-k moves with the k slider; the seeded bootstrap
 * flips the 0.01 lead more often at 50 images than at 5,000; the hero is on
 * the first screen; axe finds no serious or critical violation.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  expectNoProblems,
  horizontalOverflow,
  insideViewport,
  pressOn,
  readNumber,
  readout,
  widgetFigure as fig,
} from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('./#/benchmarks');
  await page.locator('main h1').first().waitFor();
});

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('at 1280x800 the hero shows the timeline and the winning error on the first screen', async ({
  page,
  problems,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./#/benchmarks');
  const first = page.locator('article.ba-section figure[data-widget]').first();
  await expect(first).toHaveAttribute('data-widget', 'benchmarks.timeline');
  const chart = first.locator('svg.bm-timeline');
  const number = first.locator('.bm-panel__number');
  await expect(number).toHaveText('3.57 %');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await insideViewport(page, chart), 'timeline inside the first screen').toBe(true);
  expect(await insideViewport(page, number), 'winning error inside the first screen').toBe(true);
  await expectNoProblems(problems);
});

test('every timeline point is reachable by keyboard and focusing one changes the explanation', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'benchmarks.timeline');
  const points = f.locator('[data-stop]');
  const count = await points.count();
  expect(count).toBe(12);
  const text = f.getByTestId('timeline-text');
  // Arrow keys walk the stops in time order.
  await points.first().focus();
  await expect(points.first()).toBeFocused();
  let previous = await text.textContent();
  for (let i = 1; i < count; i++) {
    await page.keyboard.press('ArrowRight');
    await expect(points.nth(i)).toBeFocused();
    await expect(points.nth(i)).toHaveAttribute('aria-pressed', 'true');
    await expect(text).not.toHaveText(previous ?? '');
    previous = await text.textContent();
  }
  // Tab reaches each point too (shift+tab back from the last).
  await page.keyboard.press('Shift+Tab');
  await expect(points.nth(count - 2)).toBeFocused();
  await expect(text).toContainText('2.99 %');
  await page.keyboard.press('Home');
  await expect(points.first()).toBeFocused();
  await expect(text).toContainText('LeCun');
  await expectNoProblems(problems);
});

test('the timeline opens on 2015 and a point names its year and value', async ({ page }) => {
  const f = fig(page, 'benchmarks.timeline');
  await expect(f.locator('[data-stop="ilsvrc-2015"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(
    f.getByRole('button', { name: /^2012: ILSVRC, AlexNet, winning top-5 error 16.4 %/ }),
  ).toHaveCount(1);
  await f.getByRole('button', { name: /^2012: ILSVRC/ }).click();
  await expect(f.locator('.bm-panel__number')).toHaveText('16.4 %');
  await expect(f.getByTestId('timeline-text')).toContainText('26.2 %');
});

test('top-5 accuracy is at least top-1 and top-k moves with the k slider', async ({ page, problems }) => {
  const f = fig(page, 'benchmarks.topk');
  const top1 = await readNumber(readout(f, 'topk.accuracy', { subject: 'top-1' }));
  const top5 = await readNumber(readout(f, 'topk.accuracy', { subject: 'top-5' }));
  expect(top1).toBeCloseTo(0.5, 12);
  expect(top5).toBeCloseTo(11 / 12, 12);
  expect(top5).toBeGreaterThanOrEqual(top1);
  const topk = readout(f, 'topk.accuracy', { subject: 'top-k' });
  const slider = f.getByRole('slider', { name: 'k (guesses allowed)' });
  expect(await readNumber(topk)).toBeCloseTo(0.75, 12); // k = 3
  await pressOn(slider, 'ArrowRight');
  expect(await readNumber(topk)).toBeCloseTo(10 / 12, 12); // k = 4
  await pressOn(slider, 'Home');
  expect(await readNumber(topk)).toBeCloseTo(top1, 12);
  await expect(f.locator('tr[data-photo="malamute"]')).toContainText('✗ wrong');
  await pressOn(slider, 'End');
  expect(await readNumber(topk)).toBe(1);
  await expect(f.locator('tr[data-photo="teapot2"]')).toContainText('✓ right');
  // top-1 and top-5 do not move with k
  expect(await readNumber(readout(f, 'topk.accuracy', { subject: 'top-5' }))).toBeCloseTo(top5, 12);
  await expectNoProblems(problems);
});

test('the bootstrap flip rate of a 0.01 lead is higher at 50 images than at 5,000, reproducibly', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'benchmarks.lead');
  const flip = readout(f, 'bootstrap.flip_rate');
  const low = readout(f, 'bootstrap.ci_low');
  const high = readout(f, 'bootstrap.ci_high');
  const small = await readNumber(flip);
  expect(await readNumber(low)).toBeLessThan(0);
  expect(await readNumber(high)).toBeGreaterThan(0);
  await expect(f.getByText('The interval includes 0')).toBeVisible();
  await pressOn(f.getByRole('slider', { name: 'Test images' }), 'End');
  await expect(f.getByRole('slider', { name: 'Test images' })).toHaveValue('5000');
  await expect.poll(() => readNumber(flip)).toBeLessThan(small);
  const large = await readNumber(flip);
  expect(small).toBeGreaterThan(large);
  expect(await readNumber(low)).toBeGreaterThan(0);
  await expect(f.getByText('The interval excludes 0')).toBeVisible();
  // Seeded: the same test set gives the same numbers after a reload.
  await page.reload();
  const f2 = fig(page, 'benchmarks.lead');
  await pressOn(f2.getByRole('slider', { name: 'Test images' }), 'Home');
  await expect.poll(() => readNumber(readout(f2, 'bootstrap.flip_rate'))).toBe(small);
  // Another test set of 50 images gives another lead.
  const gap = await readNumber(readout(f2, 'bootstrap.mean'));
  await f2.getByRole('button', { name: 'Draw another test set' }).click();
  await expect.poll(() => readNumber(readout(f2, 'bootstrap.mean'))).not.toBe(gap);
  await expectNoProblems(problems);
});

test('a copied link restores the timeline stop, k and the test set', async ({ page, context, problems }) => {
  await fig(page, 'benchmarks.timeline').locator('[data-stop="coco"]').click();
  const topk = fig(page, 'benchmarks.topk');
  await pressOn(topk.getByRole('slider', { name: 'k (guesses allowed)' }), 'ArrowLeft');
  const lead = fig(page, 'benchmarks.lead');
  await pressOn(lead.getByRole('slider', { name: 'Test images' }), 'ArrowRight', 3);
  await lead.getByRole('button', { name: 'Copy link' }).click();
  const link = await lead.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain('#/benchmarks?s=1.');
  const other = await context.newPage();
  await other.goto(link);
  await other.locator('main h1').first().waitFor();
  await expect(fig(other, 'benchmarks.timeline').locator('[data-stop="coco"]')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(fig(other, 'benchmarks.timeline').getByTestId('timeline-text')).toContainText('7.7 objects');
  await expect(fig(other, 'benchmarks.topk').getByRole('slider')).toHaveValue('2');
  await expect(fig(other, 'benchmarks.lead').getByRole('slider', { name: 'Test images' })).toHaveValue('200');
  await other.close();
  await expectNoProblems(problems);
});

test('an axe scan of #/benchmarks finds no serious or critical violation in either theme', async ({
  page,
}) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./#/benchmarks');
    await readNumber(readout(fig(page, 'benchmarks.lead'), 'bootstrap.flip_rate'));
    expect(await seriousViolations(page), scheme).toEqual([]);
  }
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('the section does not scroll sideways, a tap selects a year, and axe passes', async ({ page }) => {
    await readNumber(readout(fig(page, 'benchmarks.lead'), 'bootstrap.flip_rate'));
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const f = fig(page, 'benchmarks.timeline');
    await f.locator('[data-stop="ilsvrc-2014"]').tap();
    await expect(f.locator('.bm-panel__number')).toHaveText('6.7 %');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
