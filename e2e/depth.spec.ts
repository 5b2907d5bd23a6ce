/**
 * The depth section (#/depth): each figure is operated like a person would
 * (keyboard on the sliders, clicks on radios and checkboxes) and its numbers
 * are read from data-metric / data-value and compared with a tolerance.
 */
import AxeBuilder from '@axe-core/playwright';
import { deflateSync } from 'fflate';
import type { Locator } from '@playwright/test';
import {
  test,
  expect,
  expectNoProblems,
  expectValue,
  horizontalOverflow,
  pressOn,
  readout,
  readNumber as num,
  widgetFigure as fig,
} from './fixtures';

/** Waits until a control's value, read as a number, is within 1e-9 of `expected`. */
const expectControl = (loc: Locator, expected: number) =>
  expect.poll(async () => Math.abs(Number(await loc.inputValue()) - expected)).toBeLessThanOrEqual(1e-9);

/** The readout of one distance band's share (pixel_share, rmse_share or abs_rel_share). */
const band = (f: Locator, subject: string, share: string) =>
  readout(f, 'depth_scene.bands', { subject }).and(f.locator(`[data-share="${share}"]`));

test.beforeEach(async ({ page }) => {
  await page.goto('./#/depth');
  await page.locator('main h1').first().waitFor();
});

test('wall and book: equal 10 cm errors, equal RMSE, AbsRel 0.01 against 0.1; exact predictions give 0 and 1', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'depth.wall-book');
  const wall = f.getByRole('slider', { name: 'Predicted wall depth (m)' });
  const book = f.getByRole('slider', { name: 'Predicted book depth (m)' });
  await expectControl(wall, 9.9);
  await expectControl(book, 0.9);
  await expectValue(readout(f, 'depth.abs_error', { subject: 'wall' }), 0.1, 1e-9);
  await expectValue(readout(f, 'depth.abs_error', { subject: 'book' }), 0.1, 1e-9);
  await expectValue(readout(f, 'depth.rmse', { subject: 'wall' }), 0.1, 1e-9);
  await expectValue(readout(f, 'depth.rmse', { subject: 'book' }), 0.1, 1e-9);
  await expectValue(readout(f, 'depth.rmse', { subject: 'both' }), 0.1, 1e-9);
  await expectValue(readout(f, 'depth.abs_rel', { subject: 'wall' }), 0.01, 1e-9);
  await expectValue(readout(f, 'depth.abs_rel', { subject: 'book' }), 0.1, 1e-9);
  await expectValue(readout(f, 'depth.a1', { subject: 'both' }), 1);

  await pressOn(wall, 'ArrowRight');
  await pressOn(book, 'ArrowRight');
  await expectControl(wall, 10);
  await expectControl(book, 1);
  for (const subject of ['wall', 'book', 'both']) {
    for (const metric of ['depth.abs_error', 'depth.rmse', 'depth.abs_rel']) {
      await expectValue(readout(f, metric, { subject }), 0, 1e-12);
    }
    await expectValue(readout(f, 'depth.a1', { subject }), 1, 0);
  }

  // 30 cm short each: the book now fails delta < 1.25, the wall passes
  await pressOn(wall, 'ArrowLeft', 3);
  await pressOn(book, 'ArrowLeft', 3);
  await expectValue(readout(f, 'depth.a1', { subject: 'book' }), 0, 0);
  await expectValue(readout(f, 'depth.a1', { subject: 'wall' }), 1, 0);
  await expectValue(readout(f, 'depth.rmse', { subject: 'both' }), 0.3, 1e-9);
  await expectNoProblems(problems);
});

test('depth map: exact prediction scores 0 and 1; far noise raises RMSE more, near noise AbsRel more', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'depth.map');
  const near = f.getByRole('slider', { name: /Near noise/ });
  const far = f.getByRole('slider', { name: /Far noise/ });
  const blur = f.getByRole('slider', { name: /Edge blur/ });
  const rmse = readout(f, 'depth.rmse');
  const absRel = readout(f, 'depth.abs_rel');
  const before = await num(rmse);
  expect(before).toBeGreaterThan(0);

  await pressOn(near, 'Home');
  await pressOn(far, 'Home');
  await pressOn(blur, 'Home');
  for (const field of ['abs_rel', 'sq_rel', 'rmse', 'rmse_log', 'log10', 'silog', 'abs_error']) {
    await expectValue(readout(f, `depth.${field}`), 0, 1e-9);
  }
  for (const field of ['a1', 'a2', 'a3']) await expectValue(readout(f, `depth.${field}`), 1, 0);

  await pressOn(near, 'ArrowRight', 10);
  await expectControl(near, 10);
  await expect.poll(async () => num(rmse)).toBeGreaterThan(0);
  const nearRmse = await num(rmse);
  const nearAbsRel = await num(absRel);
  await pressOn(near, 'Home');
  await pressOn(far, 'ArrowRight', 10);
  await expectControl(far, 10);
  await expect.poll(async () => num(rmse)).toBeGreaterThan(nearRmse);
  const farAbsRel = await num(absRel);
  expect(nearAbsRel).toBeGreaterThan(farAbsRel);
  // the far band carries most of the squared error, though it has the fewest pixels
  const farShare = await num(band(f, 'far', 'rmse_share'));
  expect(farShare).toBeGreaterThan(0.5);
  expect(await num(band(f, 'far', 'pixel_share'))).toBeLessThan(await num(band(f, 'near', 'pixel_share')));

  await f.getByRole('radio', { name: /Relative/ }).check();
  await expect(f.locator('canvas[data-map="rel-error"]')).toBeVisible();
  await expectNoProblems(problems);
});

test('depth map: a global scale of 2 doubles every depth: AbsRel 1, no pixel within 1.25, SILog 0', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'depth.map');
  for (const name of [/Near noise/, /Far noise/, /Edge blur/])
    await pressOn(f.getByRole('slider', { name }), 'Home');
  await expectValue(readout(f, 'depth.abs_rel'), 0, 1e-9);
  const scale = f.getByRole('slider', { name: 'Global scale' });
  await pressOn(scale, 'End');
  await expectControl(scale, 2);
  await expectValue(readout(f, 'depth.abs_rel'), 1, 1e-9);
  await expectValue(readout(f, 'depth.a1'), 0, 0);
  await expectValue(readout(f, 'depth.silog'), 0, 1e-5);
  // a ratio of exactly 2 is beyond 1.25² = 1.5625 and 1.25³ ≈ 1.953 too
  await expectValue(readout(f, 'depth.a2'), 0, 0);
  await expectValue(readout(f, 'depth.a3'), 0, 0);
  await expectNoProblems(problems);
});

test('Reset brings each depth figure back to its defaults', async ({ page, problems }) => {
  const wb = fig(page, 'depth.wall-book');
  const wall = wb.getByRole('slider', { name: 'Predicted wall depth (m)' });
  await pressOn(wall, 'ArrowLeft', 5);
  await expectValue(readout(wb, 'depth.abs_error', { subject: 'wall' }), 0.6, 1e-9);
  await wb.getByRole('button', { name: 'Reset' }).click();
  await expectControl(wall, 9.9);
  await expectValue(readout(wb, 'depth.abs_error', { subject: 'wall' }), 0.1, 1e-9);

  const map = fig(page, 'depth.map');
  const rmse = readout(map, 'depth.rmse');
  const rmseDefault = await num(rmse);
  await pressOn(map.getByRole('slider', { name: /Far noise/ }), 'End');
  await expect.poll(async () => num(rmse)).toBeGreaterThan(rmseDefault + 0.1);
  await map.getByRole('button', { name: 'Reset' }).click();
  await expectValue(rmse, rmseDefault, 1e-9);

  const conv = fig(page, 'depth.conventions');
  await conv.getByRole('radio', { name: /NYU/ }).check();
  await conv.getByRole('button', { name: 'Reset' }).click();
  await expect(conv.getByRole('radio', { name: /KITTI/ })).toBeChecked();
  await expectNoProblems(problems);
});

test('conventions: scale 2 fails every delta, median scaling restores it; the cap and the naive readout change numbers', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'depth.conventions');
  const scale = f.getByRole('slider', { name: 'Scale error of the model' });
  const a1 = readout(f, 'depth.a1');
  const rmse = readout(f, 'depth.rmse');
  await pressOn(scale, 'End');
  await expectControl(scale, 2);
  await expectValue(a1, 0, 0);
  await f.getByRole('checkbox', { name: 'Median scaling' }).check();
  await expectValue(a1, 1, 1e-12);
  await expectValue(rmse, 0, 1e-9);
  await f.getByRole('checkbox', { name: 'Median scaling' }).uncheck();
  await expectValue(a1, 0, 0);

  const kittiRmse = await num(rmse);
  await f.getByRole('radio', { name: /NYU/ }).check();
  await expect.poll(async () => Math.abs((await num(rmse)) - kittiRmse)).toBeGreaterThan(0.1);

  // a perfect model: the main readouts ignore the sky, the naive one does not
  await f.getByRole('radio', { name: /KITTI/ }).check();
  await pressOn(scale, 'ArrowLeft', 20);
  await expectControl(scale, 1);
  await expectValue(rmse, 0, 1e-9);
  const naive = readout(f, 'depth_scene.naive.rmse');
  await expect.poll(async () => num(naive)).toBeGreaterThan(1);
  const naiveZero = await num(naive);
  expect(await num(readout(f, 'depth_scene.naive.a1'))).toBeLessThan(1);
  await f.getByRole('radio', { name: /set to the cap/ }).check();
  await expect.poll(async () => Math.abs((await num(naive)) - naiveZero)).toBeGreaterThan(0.1);
  await expectValue(rmse, 0, 1e-9);
  await expectValue(a1, 1, 0);
  await expectNoProblems(problems);
});

test('a copied link restores every depth figure', async ({ page, context, problems }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const wb = fig(page, 'depth.wall-book');
  await pressOn(wb.getByRole('slider', { name: 'Predicted wall depth (m)' }), 'ArrowLeft', 12);
  const map = fig(page, 'depth.map');
  await pressOn(map.getByRole('slider', { name: /Far noise/ }), 'ArrowRight', 7);
  await map.getByRole('radio', { name: /Relative/ }).check();
  const conv = fig(page, 'depth.conventions');
  await conv.getByRole('radio', { name: /NYU/ }).check();
  await conv.getByRole('checkbox', { name: 'Median scaling' }).check();

  const wallAbs = await num(readout(wb, 'depth.abs_error', { subject: 'wall' }));
  const mapRmse = await num(readout(map, 'depth.rmse'));
  const convAbsRel = await num(readout(conv, 'depth.abs_rel'));
  expect(wallAbs).toBeCloseTo(1.3, 9);

  await conv.getByRole('button', { name: 'Copy link' }).click();
  const link = await conv.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain('#/depth?s=1.');

  const other = await context.newPage();
  await other.goto(link);
  await other.locator('main h1').first().waitFor();
  const wb2 = fig(other, 'depth.wall-book');
  await expectControl(wb2.getByRole('slider', { name: 'Predicted wall depth (m)' }), 8.7);
  await expectValue(readout(wb2, 'depth.abs_error', { subject: 'wall' }), wallAbs, 1e-9);
  const map2 = fig(other, 'depth.map');
  await expectControl(map2.getByRole('slider', { name: /Far noise/ }), 12);
  await expect(map2.getByRole('radio', { name: /Relative/ })).toBeChecked();
  await expectValue(readout(map2, 'depth.rmse'), mapRmse, 1e-9);
  const conv2 = fig(other, 'depth.conventions');
  await expect(conv2.getByRole('radio', { name: /NYU/ })).toBeChecked();
  await expect(conv2.getByRole('checkbox', { name: 'Median scaling' })).toBeChecked();
  await expectValue(readout(conv2, 'depth.abs_rel'), convAbsRel, 1e-9);
  await other.close();
  await expectNoProblems(problems);
});

test('a link with a value off the slider grid resets only that figure, with a notice', async ({
  page,
  problems,
}) => {
  const json = JSON.stringify({
    'depth.wall-book': { wall: 9.87, book: 0.9 },
    'depth.conventions': { cap: 'nyu', fill: 'zero', medianScaling: false, scale: 1.5 },
  });
  const payload = Buffer.from(deflateSync(new TextEncoder().encode(json))).toString('base64url');
  // the page is already open (beforeEach): the reader pastes the link into its address bar
  await page.goto(`./#/depth?s=1.${payload}`);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /A wall and a book/ })
      .first(),
  ).toBeVisible();
  const wb = fig(page, 'depth.wall-book');
  await expectControl(wb.getByRole('slider', { name: 'Predicted wall depth (m)' }), 9.9);
  await expectValue(readout(wb, 'depth.abs_rel', { subject: 'wall' }), 0.01, 1e-9);
  await expect(fig(page, 'depth.conventions').getByRole('radio', { name: /NYU/ })).toBeChecked();
  await expectNoProblems(problems);
});

test('the self-check marks answers', async ({ page }) => {
  const q = page.locator('[data-correct]');
  await expect(q).toHaveCount(0);
  await page.getByRole('radio', { name: /RMSE calls them equal; AbsRel gives the book/ }).check();
  await expect(page.locator('[data-correct="true"]')).toHaveCount(1);
});

test('an axe scan of #/depth finds no serious or critical violation in either theme', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./#/depth');
    await page.locator('figure[data-widget="depth.map"] [data-metric="depth.rmse"][data-value]').waitFor();
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad, scheme).toEqual([]);
  }
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('the section does not scroll sideways and passes axe', async ({ page }) => {
    await page.locator('figure[data-widget="depth.map"] [data-metric="depth.rmse"][data-value]').waitFor();
    const overflow = await horizontalOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
  });

  test('a slider moves by a touch drag', async ({ page }) => {
    const f = fig(page, 'depth.wall-book');
    const book = f.getByRole('slider', { name: 'Predicted book depth (m)' });
    const before = await num(readout(f, 'depth.abs_rel', { subject: 'book' }));
    await book.scrollIntoViewIfNeeded();
    const box = await book.boundingBox();
    if (!box) throw new Error('slider not visible');
    // a finger on the thumb (0.9 m of 0.1-3 m), dragged to the right end: the book moves away, AbsRel grows
    const y = box.y + box.height / 2;
    const x0 = box.x + ((0.9 - 0.1) / 2.9) * box.width;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', x0);
    for (let k = 1; k <= 8; k++) await touch('touchMove', x0 + ((box.x + box.width - x0) * k) / 8);
    await touch('touchEnd', box.x + box.width);
    await expect
      .poll(async () => num(readout(f, 'depth.abs_rel', { subject: 'book' })))
      .toBeGreaterThan(before + 1);
  });
});
