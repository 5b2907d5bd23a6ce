/**
 * The loss section (#/loss), operated like a person: dots dragged with the
 * pointer and moved with the keyboard, the training run played to its last
 * epoch, the k-NN's leakage toggle clicked. Numbers are read from
 * data-metric / data-value.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  expectNoProblems,
  expectValue,
  horizontalOverflow,
  insideViewport,
  pressOn,
  readout,
  readNumber as num,
  widgetFigure as fig,
} from './fixtures';

/** Cats at 0.05, 0.2, 0.35, 0.45, 0.6 and dogs mirrored: the default mean cross-entropy. */
const DEFAULT_LOSS = -[0.95, 0.8, 0.65, 0.55, 0.4].reduce((s, q) => s + Math.log(q), 0) / 5;

const dot = (f: Locator, n: number) =>
  f.getByRole('button', { name: new RegExp(`^example ${n}, true class`) });

/** The screen pixels of one unit of p on the hero's tracks (the track spans 324 of the 640 viewBox units). */
async function pxPerUnit(f: Locator): Promise<number> {
  const box = await f.locator('svg[role="group"]').boundingBox();
  if (!box) throw new Error('no drawing');
  return (box.width * 324) / 640;
}

/** Drags a dot by dp (in units of p) with the mouse, in small steps. */
async function dragDot(page: Page, target: Locator, dp: number, perUnit: number): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('dot not visible');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dp * perUnit, y, { steps: 10 });
  await page.mouse.up();
}

test.beforeEach(async ({ page }) => {
  await page.goto('./#/loss');
  await page.locator('main h1').first().waitFor();
});

test.describe('at 1280x800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the first screen shows the ten predictions and both readouts, no interaction', async ({
    page,
    problems,
  }) => {
    const first = page.locator('article.ba-section figure[data-widget]').first();
    await expect(first).toHaveAttribute('data-widget', 'loss.drag');
    const loss = readout(first, 'cross_entropy.loss');
    const acc = readout(first, 'classification.accuracy');
    await expectValue(loss, DEFAULT_LOSS, 1e-9);
    await expectValue(acc, 0.8, 1e-9);
    const drawing = first.locator('svg[role="group"]');
    expect((await drawing.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(150);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await insideViewport(page, drawing), 'drawing inside the first screen').toBe(true);
    expect(await insideViewport(page, loss), 'loss inside the first screen').toBe(true);
    expect(await insideViewport(page, acc), 'accuracy inside the first screen').toBe(true);
    await expectNoProblems(problems);
  });
});

test('keyboard: moving a dot without crossing the threshold changes only the loss; crossing changes accuracy by exactly 0.1', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'loss.drag');
  const loss = readout(f, 'cross_entropy.loss');
  const acc = readout(f, 'classification.accuracy');
  await expectValue(loss, DEFAULT_LOSS, 1e-9);
  const acc0 = await num(acc);
  const four = dot(f, 4);
  await expect(four).toHaveAttribute('aria-label', 'example 4, true class cat, p = 0.45');
  await expect(four).toHaveAttribute('aria-roledescription', 'draggable');
  // 0.45 → 0.49: still a cat prediction.
  await pressOn(four, 'ArrowRight', 4);
  await expect(four).toHaveAttribute('aria-label', /p = 0\.49$/);
  await expectValue(loss, DEFAULT_LOSS + (-Math.log(0.51) + Math.log(0.55)) / 10, 1e-9);
  expect(await num(acc)).toBe(acc0);
  const lossBefore = await num(loss);
  // 0.49 → 0.50: on the threshold, now predicted dog: one more mistake.
  await pressOn(four, 'ArrowRight');
  await expectValue(acc, acc0 - 0.1, 1e-9);
  expect(Math.abs((await num(acc)) - (acc0 - 0.1))).toBeLessThanOrEqual(1e-9);
  expect(await num(loss)).toBeGreaterThan(lossBefore);
  // Shift+ArrowLeft: 0.1 back, across the threshold again.
  await pressOn(four, 'Shift+ArrowLeft');
  await expect(four).toHaveAttribute('aria-label', /p = 0\.40$/);
  await expectValue(acc, acc0, 1e-9);
  await expectNoProblems(problems);
});

test('pointer: a drag that crosses no threshold moves the loss only; a drag across it moves accuracy by 0.1', async ({
  page,
  problems,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const f = fig(page, 'loss.drag');
  await f.scrollIntoViewIfNeeded();
  const loss = readout(f, 'cross_entropy.loss');
  const acc = readout(f, 'classification.accuracy');
  await expectValue(loss, DEFAULT_LOSS, 1e-9);
  const perUnit = await pxPerUnit(f);
  // example 1, a cat at 0.05, dragged about 0.3 to the right: still left of 0.5.
  await dragDot(page, dot(f, 1), 0.3, perUnit);
  await expect(dot(f, 1)).not.toHaveAttribute('aria-label', /p = 0\.05$/);
  const p1 = Number(/p = ([\d.]+)$/.exec((await dot(f, 1).getAttribute('aria-label')) ?? '')?.[1]);
  expect(p1).toBeGreaterThan(0.2);
  expect(p1).toBeLessThan(0.5);
  await expect.poll(async () => Math.abs((await num(loss)) - DEFAULT_LOSS)).toBeGreaterThan(0.01);
  await expectValue(acc, 0.8, 1e-9);
  // example 9, a dog at 0.55, dragged about 0.15 to the left: across the threshold.
  const lossBefore = await num(loss);
  await dragDot(page, dot(f, 9), -0.15, perUnit);
  await expectValue(acc, 0.7, 1e-9);
  expect(await num(loss)).not.toBeCloseTo(lossBefore, 6);
  await expectNoProblems(problems);
});

test('the threshold slider changes accuracy and leaves the loss alone', async ({ page, problems }) => {
  const f = fig(page, 'loss.drag');
  const loss = readout(f, 'cross_entropy.loss');
  const acc = readout(f, 'classification.accuracy');
  await expectValue(loss, DEFAULT_LOSS, 1e-9);
  // threshold 0.5 → 0.65: examples 8 (dog 0.65) stays dog, 9 (dog 0.55) becomes cat, 5 (cat 0.6) becomes cat.
  await pressOn(f.getByRole('slider', { name: 'Decision threshold' }), 'ArrowRight', 3);
  await expectValue(acc, 0.8, 1e-9);
  await pressOn(f.getByRole('slider', { name: 'Decision threshold' }), 'ArrowRight');
  // 0.7: example 8 (dog 0.65) becomes cat too.
  await expectValue(acc, 0.7, 1e-9);
  await expectValue(loss, DEFAULT_LOSS, 1e-9);
  await expectNoProblems(problems);
});

test('training run: played to the last epoch, validation loss ends >= 1.2 x its minimum while validation accuracy holds', async ({
  page,
  problems,
}) => {
  test.setTimeout(90_000);
  const f = fig(page, 'loss.training');
  const epoch = readout(f, 'loss_training.epoch');
  const valLoss = readout(f, 'cross_entropy.loss', { subject: 'validation' });
  const valAcc = readout(f, 'classification.accuracy', { subject: 'validation' });
  const trainLoss = readout(f, 'cross_entropy.loss', { subject: 'train' });
  await expectValue(epoch, 0, 0);
  await expectValue(valLoss, Math.LN2, 1e-9);
  await f.getByRole('button', { name: 'Step' }).click();
  await expectValue(epoch, 1, 0);
  const train1 = await num(trainLoss);
  expect(train1).toBeLessThan(Math.LN2);
  await f.getByRole('button', { name: 'Play' }).click();
  await expect(epoch).toHaveAttribute('data-value', '60', { timeout: 60_000 });
  await expect(f.getByRole('button', { name: 'Play' })).toBeVisible();
  const lastLoss = await num(valLoss);
  const lastAcc = await num(valAcc);
  expect(await num(trainLoss)).toBeLessThan(train1);
  const minEpoch = Number(await f.locator('[data-min-epoch]').getAttribute('data-min-epoch'));
  expect(minEpoch).toBeGreaterThan(0);
  expect(minEpoch).toBeLessThan(60);
  // Go back to the epoch of the lowest validation loss with the slider and read it there.
  const slider = f.getByRole('slider', { name: 'Epoch of training' });
  await pressOn(slider, 'Home');
  await pressOn(slider, 'ArrowRight', minEpoch);
  await expectValue(epoch, minEpoch, 0);
  const minLoss = await num(valLoss);
  const accAtMin = await num(valAcc);
  expect(lastLoss).toBeGreaterThanOrEqual(1.2 * minLoss);
  expect(lastAcc).toBeGreaterThanOrEqual(accAtMin);
  // The boundary moved: the drawing's name carries the weight size of the epoch shown.
  await expect(f.getByRole('img', { name: /epoch \d+; weight size/ })).toHaveAttribute(
    'aria-label',
    new RegExp(`epoch ${minEpoch};`),
  );
  await expectNoProblems(problems);
});

test('leakage: test examples leaked into training raise test accuracy; k moves the training accuracy', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'loss.leakage');
  const train = readout(f, 'classification.accuracy', { subject: 'train' });
  const testAcc = readout(f, 'classification.accuracy', { subject: 'test' });
  await expectValue(train, 1, 0);
  const clean = await num(testAcc);
  expect(clean).toBeLessThan(0.9);
  await f.getByRole('checkbox', { name: 'Leak test examples into training' }).check();
  await expect.poll(async () => num(testAcc)).toBeGreaterThan(clean);
  await expectValue(testAcc, 1, 0);
  await f.getByRole('checkbox', { name: 'Leak test examples into training' }).uncheck();
  await expectValue(testAcc, clean, 1e-12);
  // k from 1 to 20 (the slider runs towards small k): the training accuracy falls below 1.
  await pressOn(f.getByRole('slider', { name: /Neighbours k/ }), 'ArrowLeft', 19);
  await expect(f.getByRole('slider', { name: /Neighbours k/ })).toHaveAttribute('aria-valuetext', 'k = 20');
  await expect.poll(async () => num(train)).toBeLessThan(1);
  await expectNoProblems(problems);
});

test('a copied link restores every loss figure', async ({ page, context, problems }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const drag = fig(page, 'loss.drag');
  await pressOn(dot(drag, 2), 'Shift+ArrowRight', 2);
  await pressOn(drag.getByRole('slider', { name: 'Decision threshold' }), 'ArrowLeft');
  const training = fig(page, 'loss.training');
  for (let i = 0; i < 3; i++) await training.getByRole('button', { name: 'Step' }).click();
  await expectValue(readout(training, 'loss_training.epoch'), 3, 0);
  const leak = fig(page, 'loss.leakage');
  await leak.getByRole('checkbox', { name: 'Leak test examples into training' }).check();
  const loss = await num(readout(drag, 'cross_entropy.loss'));
  const valLoss = await num(readout(training, 'cross_entropy.loss', { subject: 'validation' }));
  const testAcc = await num(readout(leak, 'classification.accuracy', { subject: 'test' }));

  await leak.getByRole('button', { name: 'Copy link' }).click();
  const link = await leak.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain('#/loss?s=1.');

  const other = await context.newPage();
  await other.goto(link);
  await other.locator('main h1').first().waitFor();
  const drag2 = fig(other, 'loss.drag');
  await expect(dot(drag2, 2)).toHaveAttribute('aria-label', 'example 2, true class cat, p = 0.40');
  await expect(drag2.getByRole('slider', { name: 'Decision threshold' })).toHaveValue('0.45');
  await expectValue(readout(drag2, 'cross_entropy.loss'), loss, 1e-12);
  const training2 = fig(other, 'loss.training');
  await expectValue(readout(training2, 'loss_training.epoch'), 3, 0);
  await expectValue(readout(training2, 'cross_entropy.loss', { subject: 'validation' }), valLoss, 1e-12);
  const leak2 = fig(other, 'loss.leakage');
  await expect(leak2.getByRole('checkbox', { name: 'Leak test examples into training' })).toBeChecked();
  await expectValue(readout(leak2, 'classification.accuracy', { subject: 'test' }), testAcc, 1e-12);
  await other.close();
  await expectNoProblems(problems);
});

test('the default reading path stays at 1,500 words at most', async ({ page }) => {
  await page.locator('[data-question]').first().waitFor();
  const words = await page.evaluate(() => {
    const article = document.querySelector('article.ba-section');
    if (!article) return -1;
    const copy = article.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('figure, details:not([open])').forEach((el) => el.remove());
    return (copy.textContent ?? '').split(/\s+/).filter((w) => /\w/.test(w)).length;
  });
  expect(words).toBeGreaterThan(100);
  expect(words).toBeLessThanOrEqual(1500);
});

test('the self-check marks answers', async ({ page }) => {
  await expect(page.locator('[data-correct]')).toHaveCount(0);
  await page.getByRole('radio', { name: /Accuracy stays the same; the cross-entropy falls/ }).check();
  await expect(page.locator('[data-correct="true"]')).toHaveCount(1);
});

test('an axe scan of #/loss finds no serious or critical violation in either theme', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./#/loss');
    await page
      .locator('figure[data-widget="loss.leakage"] [data-metric="classification.accuracy"][data-value]')
      .first()
      .waitFor();
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad, scheme).toEqual([]);
  }
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the section does not scroll sideways, and a finger drags a dot', async ({ page }) => {
    const f = fig(page, 'loss.drag');
    await f.locator('[data-metric="cross_entropy.loss"][data-value]').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const target = dot(f, 6);
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    if (!box) throw new Error('dot not visible');
    const perUnit = await pxPerUnit(f);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    // A finger drag through CDP touch events (Playwright's touchscreen only taps).
    const cdp = await page.context().newCDPSession(page);
    const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', px: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: px, y }] });
    await send('touchStart', x);
    for (let k = 1; k <= 12; k++) await send('touchMove', x - (k * 0.6 * perUnit) / 12);
    await send('touchEnd', x - 0.6 * perUnit);
    // example 6, a dog at 0.95, dragged about 0.6 to the left: across the threshold.
    await expectValue(readout(f, 'classification.accuracy'), 0.7, 1e-9);
  });
});
