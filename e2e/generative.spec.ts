/**
 * The generative section (#/generative), operated like a person: sliders
 * moved with the keyboard, generated modes moved with arrow keys and dragged
 * with the pointer, a sample picked by a click. Numbers are read from
 * data-metric / data-value.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  expectNoProblems,
  dragBy,
  horizontalOverflow,
  insideViewport,
  pressOn,
  readout,
  readNumber as num,
  widgetFigure as fig,
} from './fixtures';

const slider = (f: Locator, name: string) => f.getByRole('slider', { name });
const mode = (f: Locator, k: number) => f.getByRole('button', { name: new RegExp(`^generated mode ${k}: `) });

/** Sets a slider by Home/End and arrow presses. */
async function setSlider(s: Locator, fromStart: number | 'end'): Promise<void> {
  if (fromStart === 'end') return pressOn(s, 'End');
  await pressOn(s, 'Home');
  if (fromStart > 0) await pressOn(s, 'ArrowRight', fromStart);
}

/** Waits until a readout shows a number different from `before`, and returns it. */
async function changed(loc: Locator, before: number): Promise<number> {
  await expect.poll(async () => num(loc)).not.toBe(before);
  return num(loc);
}

async function open(page: Page): Promise<void> {
  await page.goto('./#/generative');
  await page.locator('main h1').first().waitFor();
}

test.beforeEach(async ({ page }) => {
  await open(page);
});

test.describe('at 1280x800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the first screen shows the collapsed generator, its FID and the stand-in label', async ({
    page,
    problems,
  }) => {
    const first = page.locator('article.ba-section figure[data-widget]').first();
    await expect(first).toHaveAttribute('data-widget', 'generative.fid');
    const fid = readout(first, 'fid_features');
    expect(await num(fid)).toBeGreaterThan(5);
    await expect(slider(first, 'Modes kept')).toHaveValue('3');
    await expect(first.getByText('Toy 2-D features, not Inception-v3')).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await insideViewport(page, fid), 'FID inside the first screen').toBe(true);
    expect(await insideViewport(page, first.getByRole('img', { name: /Stacked bar of FID/ }))).toBe(true);
    await expectNoProblems(problems);
  });
});

test('FID: identical settings at N = 5,000 give below 0.05 of the one-mode FID; one mode raises it; the terms add up', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'generative.fid');
  const fid = readout(f, 'fid_features');
  const meanTerm = readout(f, 'fid.mean_term');
  const traceTerm = readout(f, 'fid.trace_term');
  const collapsed = await num(fid);
  await setSlider(slider(f, 'Samples per set (N)'), 'end');
  await expect(slider(f, 'Samples per set (N)')).toHaveAttribute('aria-valuetext', '5,000');
  await setSlider(slider(f, 'Modes kept'), 'end');
  await expect.poll(async () => num(fid)).toBeLessThan(collapsed / 10);
  const same = await num(fid);
  await pressOn(slider(f, 'Modes kept'), 'Home');
  await expect.poll(async () => num(fid)).toBeGreaterThan(10);
  const one = await num(fid);
  expect(same).toBeLessThan(0.05 * one);
  expect(Math.abs((await num(meanTerm)) + (await num(traceTerm)) - one)).toBeLessThan(1e-9);
  // The real sample has its own seed: another generated seed changes FID, still small.
  await pressOn(slider(f, 'Modes kept'), 'End');
  await expect.poll(async () => num(fid)).toBeLessThan(0.05 * one);
  const before = await num(fid);
  await pressOn(slider(f, 'Seed of the generated sample'), 'ArrowRight');
  const other = await changed(fid, before);
  expect(other).toBeLessThan(0.05 * one);
  await expectNoProblems(problems);
});

test('FID: moving every generated mode right by 1.0 (Shift + arrow) raises the mean term only', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'generative.fid');
  const meanTerm = readout(f, 'fid.mean_term');
  const traceTerm = readout(f, 'fid.trace_term');
  await setSlider(slider(f, 'Modes kept'), 'end');
  await expect(mode(f, 8)).toHaveAttribute('aria-roledescription', 'draggable');
  await expect.poll(async () => num(meanTerm)).toBeLessThan(0.1);
  const trace0 = await num(traceTerm);
  await expect(mode(f, 1)).toHaveAttribute('aria-label', 'generated mode 1: x 5.0, y 0.0');
  for (let k = 1; k <= 8; k++) await pressOn(mode(f, k), 'Shift+ArrowRight');
  await expect(mode(f, 1)).toHaveAttribute('aria-label', 'generated mode 1: x 6.0, y 0.0');
  await expect.poll(async () => num(meanTerm)).toBeGreaterThan(0.8);
  expect(Math.abs((await num(traceTerm)) - trace0)).toBeLessThan(0.05);
  // One arrow press moves a mode by one grid unit, 0.1.
  await pressOn(mode(f, 3), 'ArrowUp');
  await expect(mode(f, 3)).toHaveAttribute('aria-label', 'generated mode 3: x 1.0, y 5.1');
  await expectNoProblems(problems);
});

test('FID: dragging a generated mode with the pointer moves it and changes FID', async ({
  page,
  problems,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const f = fig(page, 'generative.fid');
  const fid = readout(f, 'fid_features');
  const before = await num(fid);
  const handle = mode(f, 2);
  await handle.scrollIntoViewIfNeeded();
  await dragBy(page, handle, -60, 40);
  await expect(handle).not.toHaveAttribute('aria-label', 'generated mode 2: x 3.5, y 3.5');
  await changed(fid, before);
  await expectNoProblems(problems);
});

test('Inception Score: all 8 modes shrunk to points keep IS up while the trace term climbs; one mode pulls IS towards 1', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'generative.inception');
  await f.scrollIntoViewIfNeeded();
  const is = readout(f, 'inception_score.mean');
  const trace = readout(f, 'fid.trace_term');
  const is0 = await num(is);
  const trace0 = await num(trace);
  expect(is0).toBeGreaterThan(5);
  await pressOn(slider(f, 'Spread of each generated mode'), 'Home');
  await expect(slider(f, 'Spread of each generated mode')).toHaveValue('0');
  // The trace term and the score come from one request: once the trace term has climbed, IS is settled too.
  await expect.poll(async () => num(trace)).toBeGreaterThan(trace0 + 0.02);
  expect(await num(is)).toBeGreaterThanOrEqual(is0);
  await pressOn(slider(f, 'Spread of each generated mode'), 'ArrowRight', 10);
  await pressOn(slider(f, 'Modes kept'), 'Home');
  await expect.poll(async () => num(is)).toBeLessThan(1.5);
  const isOne = await num(is);
  expect(isOne).toBeLessThan(is0 / 3);
  await expectNoProblems(problems);
});

test('Inception Score: picking a sample by click and by slider changes p(y|x), not p(y)', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'generative.inception');
  await f.scrollIntoViewIfNeeded();
  const picked = f.getByRole('img', { name: /^p\(y\|x\), picked sample: / });
  const marginal = f.getByRole('img', { name: /^p\(y\), all samples: / });
  await expect(picked).toHaveAttribute('data-values', /\d/);
  const p0 = await picked.getAttribute('data-values');
  const m0 = await marginal.getAttribute('data-values');
  await pressOn(slider(f, 'Picked sample'), 'ArrowRight', 2);
  await expect(picked).not.toHaveAttribute('data-values', p0 ?? '');
  const p1 = await picked.getAttribute('data-values');
  await expect(marginal).toHaveAttribute('data-values', m0 ?? '');
  // A click on the plane picks the nearest drawn sample.
  const plane = f.getByRole('img', { name: /^Generated samples from 8 of 8 modes/ });
  const box = await plane.boundingBox();
  if (!box) throw new Error('no plane');
  await page.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.5);
  await expect(picked).not.toHaveAttribute('data-values', p1 ?? '');
  await expect(slider(f, 'Picked sample')).not.toHaveValue('3');
  await expect(readout(f, 'generative_inception.picked_max')).toHaveAttribute('data-value', /^0\.|^1$/);
  await expectNoProblems(problems);
});

test('small samples: FID of the same distribution is larger at N = 50 than at 5,000; a new seed moves the dots', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'generative.small-samples');
  await f.scrollIntoViewIfNeeded();
  const at50 = readout(f, 'fid_features', { subject: 'n-50' });
  const at5000 = readout(f, 'fid_features', { subject: 'n-5000' });
  const a = await num(at50);
  const b = await num(at5000);
  expect(a).toBeGreaterThan(b);
  expect(b).toBeGreaterThan(0);
  await pressOn(slider(f, 'Seed of the repeats'), 'ArrowRight');
  const a2 = await changed(at50, a);
  expect(a2).toBeGreaterThan(await num(at5000));
  await expectNoProblems(problems);
});

test('a copy link restores every figure of the section', async ({ page, context, problems }) => {
  const f = fig(page, 'generative.fid');
  await setSlider(slider(f, 'Modes kept'), 5);
  await pressOn(mode(f, 2), 'Shift+ArrowDown');
  await pressOn(slider(f, 'Spread of each generated mode'), 'ArrowLeft', 3);
  const fid = await num(readout(f, 'fid_features'));
  const inc = fig(page, 'generative.inception');
  await pressOn(slider(inc, 'Modes kept'), 'ArrowLeft', 2);
  await pressOn(slider(inc, 'Picked sample'), 'ArrowRight', 4);
  const is = await num(readout(inc, 'inception_score.mean'));
  const small = fig(page, 'generative.small-samples');
  await pressOn(slider(small, 'Seed of the repeats'), 'ArrowRight', 3);
  const m50 = await num(readout(small, 'fid_features', { subject: 'n-50' }));

  await small.getByRole('button', { name: 'Copy link' }).click();
  const link = await small.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain('#/generative?s=1.');

  const other = await context.newPage();
  await other.goto(link);
  await other.locator('main h1').first().waitFor();
  const f2 = fig(other, 'generative.fid');
  await expect(slider(f2, 'Modes kept')).toHaveValue('6');
  await expect(mode(f2, 2)).toHaveAttribute('aria-label', 'generated mode 2: x 3.5, y 2.5');
  await expect(readout(f2, 'fid_features')).toHaveAttribute('data-value', String(fid));
  const inc2 = fig(other, 'generative.inception');
  await expect(slider(inc2, 'Picked sample')).toHaveValue('5');
  await expect(readout(inc2, 'inception_score.mean')).toHaveAttribute('data-value', String(is));
  const small2 = fig(other, 'generative.small-samples');
  await expect(readout(small2, 'fid_features', { subject: 'n-50' })).toHaveAttribute(
    'data-value',
    String(m50),
  );
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

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('no horizontal scroll, and a mode still moves with the keyboard', async ({ page, problems }) => {
    const f = fig(page, 'generative.fid');
    await readout(f, 'fid_features').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await pressOn(mode(f, 1), 'ArrowLeft');
    await expect(mode(f, 1)).toHaveAttribute('aria-label', 'generated mode 1: x 4.9, y 0.0');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoProblems(problems);
  });
});

test.describe('on a 360 px touch phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a finger drags a generated mode and FID changes', async ({ page, problems }) => {
    const f = fig(page, 'generative.fid');
    const fid = readout(f, 'fid_features');
    const before = await num(fid);
    const handle = mode(f, 1);
    await handle.scrollIntoViewIfNeeded();
    const box = await handle.boundingBox();
    if (!box) throw new Error('mode 1 not visible');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    // A finger drag through CDP touch events (Playwright's touchscreen only taps).
    const cdp = await page.context().newCDPSession(page);
    const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', px: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: px, y }] });
    await send('touchStart', x);
    for (let k = 1; k <= 10; k++) await send('touchMove', x - 4 * k);
    await send('touchEnd', x - 40);
    await expect(handle).not.toHaveAttribute('aria-label', 'generated mode 1: x 5.0, y 0.0');
    await changed(fid, before);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoProblems(problems);
  });
});

test('an axe scan of #/generative finds no serious or critical violation in either theme', async ({
  page,
}) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page);
    await page
      .locator('figure[data-widget="generative.small-samples"] [data-metric="fid_features"][data-value]')
      .first()
      .waitFor();
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
