/**
 * Figure `detection.padding` (content review 2026-12, issue 15 item 4):
 * appending detections scored below every existing one never lowers AP,
 * while the precision of everything output collapses; the operating point
 * above the extras does not move; the prose quotes what the figure shows.
 */
import { test, expect, expectNoProblems, readout, readValue, pressOn } from './fixtures';
import { figure, openDetection } from './detection-helpers';

const num = async (loc: ReturnType<typeof readout>) => Number(await readValue(loc));

test('appending low-scored detections never lowers AP, while the precision of all outputs collapses', async ({
  page,
  problems,
}) => {
  await openDetection(page);
  const f = figure(page, 'detection.padding');
  const extras = f.getByRole('slider', { name: 'Extra detections scored below all others' });
  const ap = readout(f, 'coco_eval.ap', { subject: 'padded' });
  const ap50 = readout(f, 'coco_eval.ap50', { subject: 'padded' });
  const precision = readout(f, 'detection_image_counts.precision', { subject: 'padded' });
  const operating = readout(f, 'detection_image_counts.precision', { subject: 'padded-operating' });
  const alone = await num(readout(f, 'coco_eval.ap', { subject: 'alone' }));

  await pressOn(extras, 'Home');
  await expect(extras).toHaveValue('0');
  await expect.poll(() => num(ap)).toBe(alone);
  let prevAp = await num(ap);
  let prevAp50 = await num(ap50);
  const firstPrecision = await num(precision);
  const firstOperating = await num(operating);
  for (let n = 10; n <= 200; n += 10) {
    await pressOn(extras, 'ArrowRight');
    await expect(extras).toHaveValue(String(n));
    await expect(f.getByText(new RegExp(`^${n + 5} detections on the image`))).toBeVisible();
    const nextAp = await num(ap);
    const nextAp50 = await num(ap50);
    expect(nextAp, `AP with ${n} extras`).toBeGreaterThanOrEqual(prevAp - 1e-12);
    expect(nextAp50, `AP50 with ${n} extras`).toBeGreaterThanOrEqual(prevAp50 - 1e-12);
    prevAp = nextAp;
    prevAp50 = nextAp50;
  }
  expect(prevAp).toBeGreaterThan(alone);
  expect(await num(precision)).toBeLessThan(firstPrecision / 10);
  // At score >= 0.5 the extras are never kept: the operating point does not move.
  expect(await num(operating)).toBe(firstOperating);
  // Lowering the operating point below the extras lets them in.
  await pressOn(f.getByRole('slider', { name: /Operating point/ }), 'Home');
  await expect.poll(() => num(operating)).toBeLessThan(firstOperating);
  await expectNoProblems(problems);
});

test('the prose quotes the AP and the share of right boxes the figure shows at 20 extras', async ({
  page,
}) => {
  await openDetection(page);
  const f = figure(page, 'detection.padding');
  const extras = f.getByRole('slider', { name: 'Extra detections scored below all others' });
  await pressOn(extras, 'Home');
  await pressOn(extras, 'ArrowRight', 2);
  await expect(extras).toHaveValue('20');
  const text = (await page.locator('article').first().innerText()).replace(/\s+/g, ' ');
  const m = /climbs from ([0-9.]+) to ([0-9.]+), although only (\d+) of the (\d+) boxes/.exec(text);
  expect(m).not.toBeNull();
  const [, from, to, right, total] = m!;
  await expect
    .poll(async () => (await num(readout(f, 'coco_eval.ap', { subject: 'alone' }))).toFixed(2))
    .toBe(from);
  await expect
    .poll(async () => (await num(readout(f, 'coco_eval.ap', { subject: 'padded' }))).toFixed(2))
    .toBe(to);
  await expect
    .poll(async () => num(readout(f, 'detection_image_counts.precision', { subject: 'padded' })))
    .toBeCloseTo(Number(right) / Number(total), 12);
});
