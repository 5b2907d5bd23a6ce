/**
 * The segmentation section (#/segmentation), figures 1-3: the hero painter
 * opening on the lazy model (the trap on the first screen), painting the
 * prediction (brush, flood fill, keyboard, undo / redo, overlays, presets),
 * the live metrics with the accuracy-trap callout, the live formulas, a
 * share-link round trip of a painted mask, and an axe scan. Tests that need
 * object pixels in the prediction press "Sloppy boundaries" first.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  expectNoProblems,
  expectValue,
  horizontalOverflow,
  readout,
  readValue,
  pressOn,
} from './fixtures';

const W = 160;
const H = 120;

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`./#/segmentation${query}`);
  await page.locator('figure[data-widget="segmentation.painter"]').waitFor();
}

const figure = (page: Page, id: string) => page.locator(`figure[data-widget="segmentation.${id}"]`);
const surface = (page: Page) => figure(page, 'painter').getByRole('application');

/** Screen points (relative to the surface) of label pixels. */
async function at(target: Locator, pts: [number, number][]): Promise<[number, number][]> {
  const box = (await target.boundingBox())!;
  return pts.map(([x, y]) => [((x + 0.5) / W) * box.width, ((y + 0.5) / H) * box.height]);
}

/** Paints through label pixels with the mouse, as a person would. */
async function stroke(page: Page, pts: [number, number][]): Promise<void> {
  const target = surface(page);
  const box = (await target.boundingBox())!;
  const screen = await at(target, pts);
  await page.mouse.move(box.x + screen[0]![0], box.y + screen[0]![1]);
  await page.mouse.down();
  for (const [x, y] of screen.slice(1)) await page.mouse.move(box.x + x, box.y + y, { steps: 6 });
  await page.mouse.up();
}

/** Clicks a label pixel. */
async function clickAt(page: Page, x: number, y: number): Promise<void> {
  const target = surface(page);
  const [[sx, sy]] = (await at(target, [[x, y]])) as [[number, number]];
  await target.click({ position: { x: sx, y: sy } });
}

const personIou = (page: Page) => readout(figure(page, 'metrics'), 'segmentation.iou', { cls: 'person' });
const preset = (page: Page, name: string) =>
  figure(page, 'painter').getByRole('button', { name, exact: true });

/** Loads the "Sloppy boundaries" preset: every object predicted, spilling a pixel over its outline. */
async function sloppy(page: Page): Promise<void> {
  await preset(page, 'Sloppy boundaries').click();
  await expect.poll(() => value(personIou(page))).toBeGreaterThan(0.3);
}
const value = async (loc: Locator) => Number(await readValue(loc));

// The nearest person stands on the sidewalk at column 130, from row 78 to 95.
const ALONG_PERSON: [number, number][] = [
  [130, 80],
  [130, 88],
  [130, 94],
];

test.describe('segmentation: painter and live metrics', () => {
  test('the painter opens on the lazy model: pixel accuracy >= 0.85, person IoU 0, trap active', async ({
    page,
    problems,
  }) => {
    await open(page);
    const metrics = figure(page, 'metrics');
    const trap = metrics.locator('[data-callout="accuracy-trap"]');
    await expect(preset(page, 'Lazy model')).toHaveAttribute('aria-pressed', 'true');
    await expectValue(personIou(page), 0);
    await expectValue(readout(metrics, 'segmentation.iou', { cls: 'car' }), 0);
    expect(await value(readout(metrics, 'segmentation.pixel_accuracy'))).toBeGreaterThanOrEqual(0.85);
    await expect(trap).toHaveAttribute('data-active', 'true');
    await expect(trap).toContainText('person');
    await expect(figure(page, 'painter').locator('[data-chip="prediction"]')).toContainText('none');
    // The painter's own summary shows the same numbers, next to the picture.
    const summary = figure(page, 'painter');
    await expectValue(readout(summary, 'segmentation.iou', { cls: 'person' }), 0);
    await expectValue(
      readout(summary, 'segmentation.pixel_accuracy'),
      await value(readout(metrics, 'segmentation.pixel_accuracy')),
    );
    // Nothing was predicted as person: precision is 0/0.
    await expect(readout(metrics, 'segmentation.precision', { cls: 'person' })).toHaveAttribute(
      'data-value',
      'undefined',
    );
    await expectNoProblems(problems);
  });

  test('a preset changes the hero numbers and the trap; Reset returns to the lazy model', async ({
    page,
    problems,
  }) => {
    await open(page);
    const painter = figure(page, 'painter');
    const acc = readout(painter, 'segmentation.pixel_accuracy');
    const person = readout(painter, 'segmentation.iou', { cls: 'person' });
    const trap = painter.locator('[data-callout="accuracy-trap"]');
    await expectValue(person, 0);
    await expect(trap).toHaveAttribute('data-active', 'true');
    const lazyAcc = await value(acc);
    await preset(page, 'Perfect').click();
    await expectValue(acc, 1);
    await expectValue(person, 1);
    await expect(trap).toHaveAttribute('data-active', 'false');
    await expect(preset(page, 'Perfect')).toHaveAttribute('aria-pressed', 'true');
    await expect(preset(page, 'Lazy model')).toHaveAttribute('aria-pressed', 'false');
    await expect(painter.locator('[data-chip="prediction"]')).not.toContainText('none');
    await painter.getByRole('button', { name: 'Reset: Paint the prediction' }).click();
    await expectValue(person, 0);
    await expectValue(acc, lazyAcc, 0);
    await expect(preset(page, 'Lazy model')).toHaveAttribute('aria-pressed', 'true');
    await expectNoProblems(problems);
  });

  test('a stroke of person pixels over a person raises person IoU', async ({ page, problems }) => {
    await open(page);
    await expectValue(personIou(page), 0);
    await stroke(page, ALONG_PERSON);
    await expect.poll(() => value(personIou(page))).toBeGreaterThan(0.2);
    await expect(figure(page, 'metrics').locator('[data-callout="accuracy-trap"]')).toHaveAttribute(
      'data-active',
      'true',
    );
    await expectNoProblems(problems);
  });

  test('Undo restores the previous values exactly and Redo re-applies them', async ({ page, problems }) => {
    await open(page);
    const painter = figure(page, 'painter');
    const metrics = figure(page, 'metrics');
    const carPrecision = readout(metrics, 'segmentation.precision', { cls: 'car' });
    await sloppy(page);
    const before = [await value(personIou(page)), await value(carPrecision)];
    await painter.getByRole('radio', { name: 'car' }).check();
    await stroke(page, ALONG_PERSON);
    await expect.poll(() => value(personIou(page))).toBeLessThan(before[0]!);
    const after = [await value(personIou(page)), await value(carPrecision)];
    await painter.getByRole('button', { name: 'Undo' }).click();
    await expectValue(personIou(page), before[0]!, 0);
    await expectValue(carPrecision, before[1]!, 0);
    await painter.getByRole('button', { name: 'Redo' }).click();
    await expectValue(personIou(page), after[0]!, 0);
    await expectValue(carPrecision, after[1]!, 0);
    await expectNoProblems(problems);
  });

  test('flood fill changes the painted region; the keyboard paints too', async ({ page, problems }) => {
    await open(page);
    const painter = figure(page, 'painter');
    const canvas = painter.locator('canvas');
    const tp = readout(figure(page, 'formulas'), 'tp', { cls: 'person' });
    await sloppy(page);
    await expect.poll(() => value(tp)).toBeGreaterThan(0);
    const tpBefore = await value(tp);
    const picture = await canvas.screenshot();
    await painter.getByRole('radio', { name: 'Flood fill' }).check();
    await painter.getByRole('radio', { name: 'sidewalk' }).check();
    await clickAt(page, 130, 86); // the nearest person's body, predicted as person
    // Only that person's connected region changes: the two other people keep their TP.
    await expect.poll(() => value(tp)).toBeLessThan(tpBefore);
    const tpFilled = await value(tp);
    expect(tpFilled).toBeGreaterThan(0);
    expect((await canvas.screenshot()).equals(picture)).toBe(false);

    // Keyboard: the brush cursor starts on the nearest person; Space paints person there.
    await painter.getByRole('radio', { name: 'Brush', exact: true }).check();
    await painter.getByRole('radio', { name: 'person' }).check();
    await pressOn(surface(page), ' ');
    await expect.poll(() => value(tp)).toBeGreaterThan(tpFilled);
    const tpKeyed = await value(tp);
    await pressOn(surface(page), 'ArrowUp', 4);
    await pressOn(surface(page), 'Enter');
    await expect.poll(() => value(tp)).toBeGreaterThan(tpKeyed);

    // Holding Space while moving paints a line beside the person (false positives), as one undo step.
    const fp = readout(figure(page, 'formulas'), 'fp', { cls: 'person' });
    const fpBefore = await value(fp);
    await surface(page).focus();
    await page.keyboard.down(' ');
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.up(' ');
    await expect.poll(() => value(fp)).toBeGreaterThan(fpBefore + 8);
    await painter.getByRole('button', { name: 'Undo' }).click();
    await expectValue(fp, fpBefore, 0);
    await expectNoProblems(problems);
  });

  test('each overlay toggle and the error-map class change the picture', async ({ page, problems }) => {
    await open(page);
    await sloppy(page);
    const painter = figure(page, 'painter');
    const canvas = painter.locator('canvas');
    for (const name of ['Ground truth (outlines)', 'Prediction (colours)', 'Error map']) {
      const before = await canvas.screenshot();
      await painter.getByRole('checkbox', { name }).click();
      await expect
        .poll(async () => (await canvas.screenshot()).equals(before), { message: name })
        .toBe(false);
    }
    const before = await canvas.screenshot();
    await painter.getByRole('combobox', { name: 'Error map for' }).selectOption('person');
    await expect.poll(async () => (await canvas.screenshot()).equals(before)).toBe(false);
    await expectNoProblems(problems);
  });

  test('metrics: "Perfect" gives 1 everywhere; the heatmap switches to row shares and explains a cell', async ({
    page,
    problems,
  }) => {
    await open(page);
    const metrics = figure(page, 'metrics');
    const acc = readout(metrics, 'segmentation.pixel_accuracy');
    await expect(acc).toHaveAttribute('data-value', /\d/);
    expect(await value(acc)).toBeLessThan(1);
    await figure(page, 'painter').getByRole('button', { name: 'Perfect' }).click();
    await expectValue(acc, 1);
    await expectValue(readout(metrics, 'segmentation.miou'), 1);
    await expectValue(readout(metrics, 'segmentation.mdice'), 1);
    const cell = metrics.locator('td[tabindex="0"]').first();
    const countText = await cell.textContent();
    await metrics.getByRole('radio', { name: 'row shares' }).check();
    await expect(cell).not.toHaveText(countText ?? '');
    await expect(cell).toHaveText('100.0 %');
    await cell.focus();
    await expect(metrics.locator('[data-confusion-description]')).toContainText('predicted as background');
    await expectNoProblems(problems);
  });

  test('formulas: choosing another class fills in its counts and moves the point on the Dice-IoU curve', async ({
    page,
    problems,
  }) => {
    await open(page);
    await sloppy(page);
    const fig = figure(page, 'formulas');
    const iou = readout(fig, 'segmentation.iou', { cls: 'person' });
    const dice = readout(fig, 'segmentation.dice', { cls: 'person' });
    await expect(iou).toHaveAttribute('data-value', /\d/);
    const i = await value(iou);
    await expectValue(dice, (2 * i) / (1 + i), 1e-12);
    const point = fig.locator('[data-plot-point]');
    const before = await point.getAttribute('data-iou');
    await fig.getByRole('radio', { name: 'car' }).check();
    const carIou = readout(fig, 'segmentation.iou', { cls: 'car' });
    await expect(carIou).toHaveAttribute('data-value', /\d/);
    expect(await value(carIou)).not.toBe(i);
    await expect(point).not.toHaveAttribute('data-iou', before ?? '');
    const tp = await value(readout(fig, 'tp', { cls: 'car' }));
    const fp = await value(readout(fig, 'fp', { cls: 'car' }));
    const fn = await value(readout(fig, 'fn', { cls: 'car' }));
    await expectValue(carIou, tp / (tp + fp + fn), 1e-12);
    await expectNoProblems(problems);
  });

  test('the painted mask survives a copy-link round trip', async ({ page, context, problems }) => {
    await open(page);
    const painter = figure(page, 'painter');
    await painter.getByRole('button', { name: 'Lazy model' }).click();
    await stroke(page, ALONG_PERSON);
    await painter.getByRole('radio', { name: 'car' }).check();
    await stroke(page, [
      [30, 90],
      [50, 92],
    ]);
    const metrics = figure(page, 'metrics');
    const ids = ['background', 'sidewalk', 'car', 'person'];
    await expect.poll(() => value(personIou(page))).toBeGreaterThan(0);
    await expect.poll(() => value(readout(metrics, 'segmentation.iou', { cls: 'car' }))).toBeGreaterThan(0);
    const values = await Promise.all(ids.map((cls) => value(readout(metrics, 'segmentation.iou', { cls }))));
    // the canvas's own pixels (a screenshot would also catch the brush outline drawn over it)
    const picture = await painter.locator('canvas').evaluate((c) => (c as HTMLCanvasElement).toDataURL());

    await painter.getByRole('button', { name: /copy/i }).click();
    const field = painter.getByRole('textbox', { name: 'Share link' });
    await expect(field).toHaveValue(/#\/segmentation\?s=1\./);
    const url = await field.inputValue();

    const other = await context.newPage();
    await other.goto(url);
    const metrics2 = figure(other, 'metrics');
    for (const [k, cls] of ids.entries()) {
      await expectValue(readout(metrics2, 'segmentation.iou', { cls }), values[k]!, 0);
    }
    await expect
      .poll(() =>
        figure(other, 'painter')
          .locator('canvas')
          .evaluate((c) => (c as HTMLCanvasElement).toDataURL()),
      )
      .toBe(picture);
    await expectNoProblems(problems);
  });

  test('axe finds no serious or critical violation on #/segmentation', async ({ page }) => {
    await open(page);
    await expect(personIou(page)).toHaveAttribute('data-value', /\d/);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
  });
});

/** Whether every listed element lies entirely inside the viewport (scroll 0). */
async function allInside(page: Page, locators: Locator[]): Promise<boolean[]> {
  const size = page.viewportSize()!;
  return Promise.all(
    locators.map(async (l) => {
      const b = await l.boundingBox();
      return (
        b !== null &&
        b.y >= 0 &&
        b.x >= 0 &&
        b.y + b.height <= size.height + 0.5 &&
        b.x + b.width <= size.width + 0.5
      );
    }),
  );
}

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
] as const) {
  test.describe(`segmentation hero at ${width}x${height}`, () => {
    test.use({ viewport: { width, height } });

    test('the first screen shows the picture, accuracy ~0.899 and person IoU 0 with no interaction', async ({
      page,
      problems,
    }) => {
      await open(page);
      const painter = figure(page, 'painter');
      const acc = readout(painter, 'segmentation.pixel_accuracy');
      const person = readout(painter, 'segmentation.iou', { cls: 'person' });
      await expectValue(acc, 0.899, 0.001);
      await expectValue(person, 0);
      const trap = painter.locator('[data-callout="accuracy-trap"]');
      await expect(trap).toHaveAttribute('data-active', 'true');
      await expect(trap).toContainText('89.9 %');
      await expect(trap).toContainText('not one person pixel is found');
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const canvas = painter.locator('canvas');
      expect((await canvas.boundingBox())!.height).toBeGreaterThanOrEqual(100);
      expect(await allInside(page, [canvas, acc, person])).toEqual([true, true, true]);
      await expectNoProblems(problems);
    });
  });
}

test.describe('segmentation on a 360 px touch phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the canvas, the scores and the preset buttons share one screen', async ({ page }) => {
    await open(page);
    const painter = figure(page, 'painter');
    const canvas = painter.locator('canvas');
    await expectValue(readout(painter, 'segmentation.iou', { cls: 'person' }), 0);
    await canvas.evaluate((c) => c.scrollIntoView({ block: 'start' }));
    const inside = await allInside(page, [
      canvas,
      readout(painter, 'segmentation.pixel_accuracy'),
      readout(painter, 'segmentation.iou', { cls: 'person' }),
      preset(page, 'Lazy model'),
      preset(page, 'Misses small objects'),
    ]);
    expect(inside).toEqual([true, true, true, true, true]);
  });

  test('a tap flood-fills, a touch drag paints, and nothing scrolls sideways', async ({ page, problems }) => {
    await open(page);
    const painter = figure(page, 'painter');
    const tp = readout(figure(page, 'formulas'), 'tp', { cls: 'person' });
    await preset(page, 'Sloppy boundaries').tap();
    await expect.poll(() => value(tp)).toBeGreaterThan(0);
    const before = await value(tp);
    await painter.getByRole('radio', { name: 'Flood fill' }).tap();
    await painter.getByRole('radio', { name: 'sidewalk' }).tap();
    const target = surface(page);
    await target.scrollIntoViewIfNeeded();
    const box = (await target.boundingBox())!;
    const [[x, y]] = (await at(target, [[130, 86]])) as [[number, number]];
    await page.touchscreen.tap(box.x + x, box.y + y);
    await expect.poll(() => value(tp)).toBeLessThan(before);
    const filled = await value(tp);

    // A finger drag along the person with the person brush (Chromium touch events over CDP).
    await painter.getByRole('radio', { name: 'Brush', exact: true }).tap();
    await painter.getByRole('radio', { name: 'person' }).tap();
    await target.scrollIntoViewIfNeeded();
    const box2 = (await target.boundingBox())!;
    const points = (await at(target, ALONG_PERSON)).map(([px, py]) => ({ x: box2.x + px, y: box2.y + py }));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [points[0]!] });
    for (const p of points.slice(1))
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => value(tp)).toBeGreaterThan(filled);
    const overflow = await horizontalOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoProblems(problems);
  });
});
