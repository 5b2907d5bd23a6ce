/**
 * The Lab's segmentation panel (#/lab, figure `lab.segmentation`) with PNG
 * files made by the test (fast-png encode): reference `segmentation` cases
 * written as palette PNGs and as grey PNGs give the reference values to
 * 1e-9 (undefined 0/0 values as `undefined`); a 16-bit label map with ids
 * above 255 works; broken inputs (not a PNG, truncated PNG, sizes that
 * differ, more classes than named, an RGB colour PNG, an empty file) each
 * show a message naming the file and the problem and keep the earlier
 * results; a good file after them works; several pairs give per-image and
 * pooled results side by side. No request leaves the page.
 */
import { readFileSync } from 'node:fs';
import { encode } from 'fast-png';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  expectNoProblems,
  expectValue,
  horizontalOverflow,
  readout,
  widgetFigure,
} from './fixtures';

interface SegCase {
  id: string;
  args: {
    gt: { width: number; height: number; data: number[] };
    pred: { width: number; height: number; data: number[] };
    num_classes: number;
    ignore_index?: number;
  };
  expected: {
    confusion: number[][];
    pixel_accuracy: number | null;
    mean_accuracy: number | null;
    iou: (number | null)[];
    miou: number | null;
    dice: (number | null)[];
    mdice: number | null;
  };
}
const CASES = JSON.parse(
  readFileSync(new URL('../test/reference/cases/segmentation.json', import.meta.url), 'utf8'),
) as SegCase[];
const byId = (id: string) => CASES.find((c) => c.id === id)!;

const GT = 'Ground-truth label maps (PNG)';
const PRED = 'Predicted label maps (PNG)';
const NAMES = 'Class names (optional: JSON or text)';
const PALETTE = Array.from({ length: 256 }, (_, i) => [i, (i * 37) % 256, (i * 91) % 256]);

type FilePayload = { name: string; mimeType: string; buffer: Buffer };
type Map2d = { width: number; height: number; data: number[] };

const file = (name: string, bytes: Uint8Array, mimeType = 'image/png'): FilePayload => ({
  name,
  mimeType,
  buffer: Buffer.from(bytes),
});
const greyPng = (name: string, m: Map2d, depth: 8 | 16 = 8) =>
  file(
    name,
    encode({
      width: m.width,
      height: m.height,
      data: depth === 16 ? new Uint16Array(m.data) : new Uint8Array(m.data),
      depth,
      channels: 1,
    }),
  );
const palettePng = (name: string, m: Map2d) =>
  file(
    name,
    encode({
      width: m.width,
      height: m.height,
      data: new Uint8Array(m.data),
      depth: 8,
      channels: 1,
      palette: PALETTE,
    }),
  );
const text = (name: string, s: string) => file(name, new TextEncoder().encode(s), 'text/plain');

const panel = (page: Page) => widgetFigure(page, 'lab.segmentation');
const input = (page: Page, label: string) => panel(page).getByLabel(label, { exact: true });
const alerts = (page: Page) => panel(page).getByRole('alert', { name: 'Problems with the input' });

async function setField(page: Page, label: string, value: number | null | undefined) {
  await panel(page)
    .getByRole('textbox', { name: label, exact: true })
    .fill(value === null || value === undefined ? '' : String(value));
}

async function expectMaybe(loc: Locator, expected: number | null) {
  if (expected === null) await expect(loc).toHaveAttribute('data-value', 'undefined');
  else await expectValue(loc, expected);
}

/** Checks every pooled value of a reference case (classes named `class <id>`). */
async function expectCase(page: Page, c: SegCase, subject: 'pooled' | 'per-image' = 'pooled') {
  const p = panel(page);
  const e = c.expected;
  for (const field of ['pixel_accuracy', 'mean_accuracy', 'miou', 'mdice'] as const) {
    await expectMaybe(readout(p, `segmentation.${field}`, { subject }).first(), e[field]);
  }
  for (let k = 0; k < c.args.num_classes; k++) {
    await expectMaybe(readout(p, 'segmentation.iou', { subject, cls: `class ${k}` }), e.iou[k]!);
    await expectMaybe(readout(p, 'segmentation.dice', { subject, cls: `class ${k}` }), e.dice[k]!);
  }
}

test.beforeEach(async ({ page }) => {
  await page.goto('./#/lab');
  await panel(page).waitFor();
});

test('reference cases written as palette PNGs and as grey PNGs give the reference values', async ({
  page,
  problems,
}) => {
  for (const id of ['segmentation-ignore-scattered-6c', 'segmentation-absent-class']) {
    const c = byId(id);
    await setField(page, 'Ignore index', c.args.ignore_index ?? null);
    await setField(page, 'Number of classes', c.args.num_classes);
    for (const [kind, make] of [
      ['palette', palettePng],
      ['grey', greyPng],
    ] as const) {
      await input(page, GT).setInputFiles(make(`${kind}-${id}.png`, c.args.gt));
      await input(page, PRED).setInputFiles(make(`${kind}-${id}.png`, c.args.pred));
      await expect(
        panel(page).locator(`tr[data-subject="per-image"] [data-image="${kind}-${id}.png"]`).first(),
      ).toBeVisible();
      await expectCase(page, c);
      await panel(page).getByLabel('Per-class values and confusion matrix of').selectOption({ index: 1 });
      await expectCase(page, c, 'per-image');
    }
  }
  await expect(alerts(page)).toBeEmpty();
  await expectNoProblems(problems);
});

test('a 16-bit grey label map with ids above 255 works', async ({ page, problems }) => {
  const gt = { width: 4, height: 2, data: [0, 0, 300, 300, 700, 700, 700, 0] };
  const pred = { width: 4, height: 2, data: [0, 300, 300, 300, 700, 700, 0, 0] };
  await setField(page, 'Ignore index', null);
  await input(page, GT).setInputFiles(greyPng('deep-gt.png', gt, 16));
  await input(page, PRED).setInputFiles(greyPng('deep-pred.png', pred, 16));
  const p = panel(page);
  // class 0: TP 2, FP 1, FN 1 -> 2/4; class 300: TP 2, FP 1 -> 2/3; class 700: TP 2, FN 1 -> 2/3.
  await expectValue(readout(p, 'segmentation.iou', { subject: 'pooled', cls: 'class 0' }), 2 / 4);
  await expectValue(readout(p, 'segmentation.iou', { subject: 'pooled', cls: 'class 300' }), 2 / 3);
  await expectValue(readout(p, 'segmentation.iou', { subject: 'pooled', cls: 'class 700' }), 2 / 3);
  await expectValue(readout(p, 'segmentation.pixel_accuracy', { subject: 'pooled' }), 6 / 8);
  await expect(readout(p, 'segmentation.iou', { subject: 'pooled', cls: 'class 299' })).toHaveCount(0);
  await expectNoProblems(problems);
});

test('broken inputs each name the file and the problem, keep the results, and a good file after them works', async ({
  page,
  problems,
}) => {
  const c = byId('segmentation-blobs-3c-01');
  await setField(page, 'Ignore index', null);
  await input(page, GT).setInputFiles(greyPng('gt.png', c.args.gt));
  await input(page, PRED).setInputFiles(greyPng('pred.png', c.args.pred));
  const miou = readout(panel(page), 'segmentation.miou', { subject: 'pooled' });
  await expectValue(miou, c.expected.miou!);

  const good = encode({
    width: 16,
    height: 16,
    data: new Uint8Array(c.args.pred.data),
    depth: 8,
    channels: 1,
  });
  const colour = new Uint8Array(16 * 16 * 3).fill(1);
  colour.set([200, 30, 30], 3 * 5);
  const broken: [string, () => Promise<void>, RegExp][] = [
    [
      'more classes than named',
      () => input(page, NAMES).setInputFiles(text('names.txt', 'road\ncar\n')),
      /gt\.png, pixel \(\d+, \d+\): class id 2, but names\.txt names only 2 classes/,
    ],
    [
      'not a PNG',
      () => input(page, PRED).setInputFiles(text('notes.png', 'these are my notes')),
      /notes\.png: not a PNG/,
    ],
    [
      'truncated PNG',
      () => input(page, PRED).setInputFiles(file('cut.png', good.subarray(0, good.length - 30))),
      /cut\.png: corrupt or truncated PNG/,
    ],
    [
      'sizes differ',
      () =>
        input(page, PRED).setInputFiles(
          greyPng('small.png', { width: 8, height: 4, data: Array(32).fill(0) }),
        ),
      /small\.png: its size 8x4 differs from gt\.png's 16x16/,
    ],
    [
      'RGB colour PNG',
      () =>
        input(page, PRED).setInputFiles(
          file('colour.png', encode({ width: 16, height: 16, data: colour, depth: 8, channels: 3 })),
        ),
      /colour\.png, pixel \(5, 0\): colour \(200, 30, 30\) in an RGB image/,
    ],
    [
      'empty file',
      () => input(page, PRED).setInputFiles(file('empty.png', new Uint8Array(0))),
      /empty\.png is empty/,
    ],
  ];
  for (const [what, act, message] of broken) {
    await act();
    await expect(alerts(page), what).toContainText(message);
    await expect(panel(page).locator('.ba-lab-job')).not.toHaveAttribute('data-status', 'running');
    await expectValue(miou, c.expected.miou!);
  }
  // Good files after the bad ones: names for every class, and the right prediction.
  await input(page, NAMES).setInputFiles(text('names.txt', 'road\ncar\nperson\n'));
  await input(page, PRED).setInputFiles(greyPng('pred.png', c.args.pred));
  await expectValue(
    readout(panel(page), 'segmentation.iou', { subject: 'pooled', cls: 'person' }),
    c.expected.iou[2]!,
  );
  await expect(alerts(page)).toBeEmpty();
  await expectNoProblems(problems);
});

test('several pairs give per-image and pooled results side by side', async ({ page, problems }) => {
  const a = byId('segmentation-blobs-3c-01');
  const b = byId('segmentation-no-ignore-index-arg');
  await setField(page, 'Ignore index', null);
  await input(page, GT).setInputFiles([greyPng('a.png', a.args.gt), greyPng('b.png', b.args.gt)]);
  await input(page, PRED).setInputFiles([greyPng('b.png', b.args.pred), palettePng('a.png', a.args.pred)]);
  const p = panel(page);
  const perImage = (image: string, metric: string) =>
    p
      .locator(`[data-metric="segmentation.${metric}"][data-subject="per-image"][data-image="${image}"]`)
      .first();
  for (const [name, c] of [
    ['a.png', a],
    ['b.png', b],
  ] as const) {
    await expectValue(perImage(name, 'miou'), c.expected.miou!);
    await expectValue(perImage(name, 'pixel_accuracy'), c.expected.pixel_accuracy!);
  }
  // Pooled = the summed confusion matrix.
  const sum = a.expected.confusion.map((row, t) => row.map((v, q) => v + b.expected.confusion[t]![q]!));
  const total = sum.flat().reduce((x, y) => x + y, 0);
  const diag = sum.map((row, t) => row[t]!);
  const iou = diag.map(
    (d, t) => d / (sum[t]!.reduce((x, y) => x + y, 0) + sum.reduce((x, row) => x + row[t]!, 0) - d),
  );
  await expectValue(
    readout(p, 'segmentation.pixel_accuracy', { subject: 'pooled' }).first(),
    diag.reduce((x, y) => x + y, 0) / total,
  );
  await expectValue(
    readout(p, 'segmentation.miou', { subject: 'pooled' }).first(),
    iou.reduce((x, y) => x + y, 0) / 3,
  );
  await expect(p.locator('[data-hint="pairing"]')).toContainText('matched by file name');
  await expect(p.getByRole('img', { name: /Error overlay of a\.png/ })).toBeVisible();
  await expectNoProblems(problems);
});

test('the example loads, names its classes, and shows hints, the overlay legend and the exports', async ({
  page,
  problems,
}) => {
  await panel(page).getByRole('button', { name: 'Load an example' }).click();
  const p = panel(page);
  await expect(readout(p, 'segmentation.iou', { subject: 'pooled', cls: 'car' })).toHaveAttribute(
    'data-value',
    /^0\.\d+/,
  );
  await expect(p.locator('[data-hint="imbalance"]')).toContainText('background covers');
  await expect(p.locator('[data-hint="zero-division"]')).toBeVisible();
  await expect(p.locator('.ba-labseg-overlay__legend [data-kind="ignored"]')).toContainText('ignored');
  const download = page.waitForEvent('download');
  await p.getByRole('button', { name: 'Download per-class table (CSV)' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8')
    .trim()
    .split(/\r\n/);
  // header + 4 pooled classes + 4 classes for each of the 2 images
  expect(csv.length).toBe(1 + 4 * 3);
  await expectNoProblems(problems);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation in the panel with the example loaded (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.reload();
    await panel(page).getByRole('button', { name: 'Load an example' }).click();
    await expect(readout(panel(page), 'segmentation.miou', { subject: 'pooled' })).toHaveAttribute(
      'data-value',
      /^0\./,
    );
    const result = await new AxeBuilder({ page }).include('figure[data-widget="lab.segmentation"]').analyze();
    const bad = result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(bad).toEqual([]);
  });
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the panel with the example loaded fits without horizontal scrolling', async ({ page }) => {
    await panel(page).getByRole('button', { name: 'Load an example' }).click();
    await expect(readout(panel(page), 'segmentation.miou', { subject: 'pooled' })).toHaveAttribute(
      'data-value',
      /^0\./,
    );
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
