/**
 * The pose section (#/pose): the paradox, the tolerance rings, PCK and the
 * visibility figure are operated as a person would (mouse drags, arrow keys,
 * buttons, sliders, checkboxes) and their numbers are read from
 * data-metric / data-value and compared with a tolerance. Page-wide checks
 * are in pose-page.spec.ts, the keypoint-AP figure in pose-ap.spec.ts.
 */
import type { Locator } from '@playwright/test';
import {
  test,
  expect,
  dragBy,
  expectNoProblems,
  expectValue,
  pressOn,
  readout,
  readNumber as num,
  widgetFigure as fig,
} from './fixtures';

const LARGE = { subject: 'large-person' };
const SMALL = { subject: 'small-person' };
const joint = (f: Locator, name: string, who: string, suffix = '') =>
  f.getByRole('button', { name: new RegExp(`^predicted ${name}, ${who}${suffix}:`) });
/** Reads "x 12, y 34" back from a draggable joint's accessible name. */
async function pos(target: Locator): Promise<[number, number]> {
  const label = (await target.getAttribute('aria-label')) ?? '';
  const m = /x (-?\d+), y (-?\d+)$/.exec(label);
  if (!m) throw new Error(`no position in "${label}"`);
  return [Number(m[1]), Number(m[2])];
}

/** COCO's sigmas (the published constants, restated independently of the app). */
const SIGMAS = [
  0.026, 0.025, 0.025, 0.035, 0.035, 0.079, 0.079, 0.072, 0.072, 0.062, 0.062, 0.107, 0.107, 0.087, 0.087,
  0.089, 0.089,
];
/** OKS when every keypoint is d px off, for an object of `area` px^2. */
const uniformOks = (d: number, area: number) =>
  SIGMAS.reduce((s, sg) => s + Math.exp(-(d * d) / (2 * area * (2 * sg) ** 2)), 0) / SIGMAS.length;

test.beforeEach(async ({ page }) => {
  await page.goto('./#/pose');
  await page.locator('main h1').first().waitFor();
});

test('paradox: it opens 5 px off, which costs the small person far more; on the ground truth both read 1; the shift does not accumulate', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'pose.paradox');
  // the default is the trap: every prediction 5 px off
  await expectValue(readout(f, 'oks', LARGE), uniformOks(5, 30037), 1e-9);
  await expectValue(readout(f, 'oks', SMALL), uniformOks(5, 300.37), 1e-9);
  const large = await num(readout(f, 'oks', LARGE));
  const small = await num(readout(f, 'oks', SMALL));
  expect(large - small).toBeGreaterThanOrEqual(0.5);
  await expect(f).toContainText('30,037 px²');
  await expect(f).toContainText('300 px²');

  const hip = joint(f, 'left hip', 'large person');
  const [sx, sy] = await pos(hip);
  await f.getByRole('button', { name: 'Put every prediction on its ground truth' }).click();
  await expectValue(readout(f, 'oks', LARGE), 1, 1e-12);
  await expectValue(readout(f, 'oks', SMALL), 1, 1e-12);
  const [hx, hy] = await pos(hip);
  expect([sx, sy]).toEqual([hx + 3, hy + 4]);

  const shift = f.getByRole('button', { name: 'Shift every prediction by 5 px' });
  await shift.click();
  await expectValue(readout(f, 'oks', SMALL), small, 1e-12);
  // every joint is exactly (3, 4) from its ground truth
  expect(await pos(hip)).toEqual([hx + 3, hy + 4]);

  // pressing again does not accumulate
  await shift.click();
  expect(await pos(hip)).toEqual([hx + 3, hy + 4]);
  await expectValue(readout(f, 'oks', SMALL), small, 1e-12);

  // Reset returns to the default, which is the shifted state
  await f.getByRole('button', { name: 'Put every prediction on its ground truth' }).click();
  await expectValue(readout(f, 'oks', SMALL), 1, 1e-12);
  await f.getByRole('button', { name: 'Reset' }).click();
  await expectValue(readout(f, 'oks', SMALL), small, 1e-12);
  await expectValue(readout(f, 'oks', LARGE), large, 1e-12);
  await expectNoProblems(problems);
});

test('paradox: moving a hip by d px costs less OKS than moving an eye by d px (arrow keys, 1 and 10 px)', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'pose.paradox');
  const exact = f.getByRole('button', { name: 'Put every prediction on its ground truth' });
  await exact.click();
  await expectValue(readout(f, 'oks', LARGE), 1, 1e-12);
  const hip = joint(f, 'left hip', 'large person');
  const eye = joint(f, 'left eye', 'large person');
  const start = await pos(hip);
  await pressOn(hip, 'ArrowRight');
  expect(await pos(hip)).toEqual([start[0] + 1, start[1]]);
  await pressOn(hip, 'Shift+ArrowRight');
  expect(await pos(hip)).toEqual([start[0] + 11, start[1]]);
  await expect.poll(async () => num(readout(f, 'oks', LARGE))).toBeLessThan(1);
  const afterHip = await num(readout(f, 'oks', LARGE));
  await expect(f.getByRole('heading', { name: 'The left hip of each person' })).toBeVisible();

  await exact.click();
  await expectValue(readout(f, 'oks', LARGE), 1, 1e-12);
  await pressOn(eye, 'Shift+ArrowRight');
  await pressOn(eye, 'ArrowRight');
  await expect.poll(async () => num(readout(f, 'oks', LARGE))).toBeLessThan(1);
  const afterEye = await num(readout(f, 'oks', LARGE));
  await expect(f.getByRole('heading', { name: 'The left eye of each person' })).toBeVisible();
  expect(1 - afterHip).toBeLessThan(1 - afterEye);
  expect(1 - afterHip).toBeGreaterThan(0);
  await expectNoProblems(problems);
});

test('paradox: dragging a joint of the small person in the 4x inset moves it in image pixels', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'pose.paradox');
  const hip = joint(f, 'left hip', 'small person');
  const before = await pos(hip);
  const small = await num(readout(f, 'oks', SMALL));
  await hip.scrollIntoViewIfNeeded();
  await dragBy(page, hip, 20, 0);
  const after = await pos(hip);
  // the inset draws 4 CSS px per image px: 20 screen px are 5 image px
  expect(after).toEqual([before[0] + 5, before[1]]);
  // the hip started 5 px off (3 right, 4 down); 5 px further right it is farther away
  await expect.poll(async () => num(readout(f, 'oks', SMALL))).toBeLessThan(small);
  await expectValue(readout(f, 'oks', LARGE), uniformOks(5, 30037), 1e-9);
  await expectNoProblems(problems);
});

test('rings: the hip ring is wider than the eye ring, and both shrink with "Person scale"', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'pose.rings');
  const ring = (who: string, j: string, s = '0.5') =>
    f.locator(
      `[data-metric="oks_ring_radius"][data-subject="${who}"][data-joint="${j}"][data-similarity="${s}"]`,
    );
  const hip = await num(ring('large-person', 'hip'));
  const eye = await num(ring('large-person', 'eye'));
  expect(hip).toBeGreaterThan(eye);
  expect(await num(ring('small-person', 'hip'))).toBeGreaterThan(await num(ring('small-person', 'eye')));
  // the ring of similarity 0.5 lies outside that of 0.75
  expect(hip).toBeGreaterThan(await num(ring('large-person', 'hip', '0.75')));
  // 2 sigma sqrt(2 ln 2 s^2): independent check of the eye's radius
  expect(eye).toBeCloseTo(0.05 * Math.sqrt(2 * Math.log(2) * 30037), 9);

  const scale = f.getByRole('slider', { name: 'Person scale' });
  await pressOn(scale, 'ArrowLeft', 10);
  await expect(scale).toHaveValue('0.5');
  await expectValue(ring('large-person', 'hip'), hip * 0.5, 1e-9);
  await expectValue(ring('large-person', 'eye'), eye * 0.5, 1e-9);
  expect(await num(ring('small-person', 'hip'))).toBeLessThan(hip * 0.1);
  await expectNoProblems(problems);
});

test('PCK changes only when a joint crosses its threshold, while OKS drops at every step', async ({
  page,
  problems,
}) => {
  // start from predictions on the ground truth (the paradox figure opens 5 px off)
  await fig(page, 'pose.paradox')
    .getByRole('button', { name: 'Put every prediction on its ground truth' })
    .click();
  const f = fig(page, 'pose.pck');
  const pck = readout(f, 'pck', SMALL);
  const oks = readout(f, 'oks', SMALL);
  const row = f.locator('tr[data-joint="left_hip"]');
  const hip = joint(f, 'left hip', 'small person', ' \\(PCK view\\)');
  await expectValue(pck, 1, 0);
  let lastPck = 1;
  let lastOks = 1;
  let lastVerdict = 'correct';
  let flips = 0;
  for (let step = 1; step <= 6; step++) {
    await pressOn(hip, 'ArrowRight');
    await expect.poll(async () => num(oks)).toBeLessThan(lastOks);
    lastOks = await num(oks);
    const distance = await num(
      readout(f, 'pose_pck_terms.distance', SMALL).and(f.locator('[data-joint="left_hip"]')),
    );
    expect(distance).toBeCloseTo(step, 9);
    const verdict = (await row.getAttribute('data-pck')) ?? '';
    const value = await num(pck);
    expect(value !== lastPck, `step ${step}`).toBe(verdict !== lastVerdict);
    if (verdict !== lastVerdict) flips++;
    lastPck = value;
    lastVerdict = verdict;
  }
  expect(flips).toBe(1);
  expect(lastPck).toBeCloseTo(16 / 17, 12);
  // the same joint moved in this figure moved in the paradox figure too
  expect(await num(readout(fig(page, 'pose.paradox'), 'oks', SMALL))).toBeCloseTo(lastOks, 12);
  await expectNoProblems(problems);
});

test('PCK: alpha changes PCK; PCKh uses the ear distance of the small person', async ({ page, problems }) => {
  // the default state: every prediction 5 px off
  const f = fig(page, 'pose.pck');
  await expect(f).toContainText('distance between the two ground-truth ears');
  const pck = readout(f, 'pck', SMALL);
  await expectValue(pck, 0, 0);
  await expectValue(readout(f, 'pck', LARGE), 1, 0);
  const alpha = f.getByRole('slider', { name: 'PCK α (fraction of the torso)' });
  await pressOn(alpha, 'ArrowRight', 4);
  await expect(alpha).toHaveValue('0.4');
  await expectValue(pck, 1, 0);
  const pckh = readout(f, 'pckh', SMALL);
  await expectValue(pckh, 0, 0);
  await pressOn(f.getByRole('slider', { name: 'PCKh α (fraction of the head size)' }), 'End');
  // head size 4 px: alpha 1 keeps the threshold below 5 px
  await expectValue(pckh, 0, 0);
  await f.getByRole('radio', { name: 'large person' }).check();
  await expect(f.locator('tr[data-joint="nose"]')).toHaveAttribute('data-pck', 'correct');
  await expectNoProblems(problems);
});

test('visibility: unlabelling a joint removes it from OKS, whatever the model predicts there', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'pose.visibility');
  const as = readout(f, 'oks', { subject: 'as-labelled' });
  const all = readout(f, 'oks', { subject: 'all-labelled' });
  const start = await num(as);
  const full = await num(all);
  expect(start).toBeGreaterThan(full);
  await expect(f).toContainText('16 of 17 joints counted');

  // the model's guess for the unlabelled wrist changes nothing
  const wrist = f.getByRole('button', { name: /^predicted left wrist \(visibility figure\):/ });
  await pressOn(wrist, 'Shift+ArrowUp', 2);
  await expect.poll(async () => num(all)).not.toBeCloseTo(full, 9);
  await expectValue(as, start, 1e-12);

  // labelling it counts the guess
  await f.getByRole('checkbox', { name: 'left wrist labelled' }).check();
  await expectValue(as, await num(all), 1e-12);
  await expect(f).toContainText('17 of 17 joints counted');

  // unlabelling a well-predicted joint also changes OKS
  await f.getByRole('checkbox', { name: 'left wrist labelled' }).uncheck();
  await expectValue(as, start, 1e-12);
  await f.getByRole('checkbox', { name: 'nose labelled' }).uncheck();
  await expect.poll(async () => Math.abs((await num(as)) - start)).toBeGreaterThan(1e-6);
  await expectNoProblems(problems);
});
