/**
 * The Lab's image-pair and depth panels (#/lab), operated like a person:
 * files made by the test (PNG with fast-png `encode`, .npy by hand) are put
 * in the labelled file inputs and the settings are typed into the panels'
 * controls. Every 8-bit `psnr` and `ssim` reference case and every `depth`
 * case must give the reference values; broken files give messages naming the
 * file and leave the results in place.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { encode } from 'fast-png';
import { test, expect, expectNoProblems, readout, widgetFigure } from './fixtures';
import {
  casePng,
  depthCases,
  depthNpy,
  expectedNumber,
  uint8ImageCases,
  type Uint8ImageCase,
} from '../src/lab/labPixelsCases.test-helper';
import { writeNpy } from '../src/lab/files/npyWriter.test-helper';

const png = (name: string, bytes: Uint8Array) => ({
  name,
  mimeType: 'image/png',
  buffer: Buffer.from(bytes),
});
const npy = (name: string, bytes: Uint8Array) => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: Buffer.from(bytes),
});

const imageFigure = (page: Page) => widgetFigure(page, 'lab.image-pair');
const depthFigure = (page: Page) => widgetFigure(page, 'lab.depth');

/** Types a value into a number field (by its accessible name) and commits it with Enter. */
async function setNumber(f: Locator, name: string, value: number): Promise<void> {
  const field = f.getByRole('spinbutton', { name, exact: true });
  await field.fill(String(value));
  await field.press('Enter');
  await expect(field).toHaveAttribute('aria-valuenow', String(value));
}

async function setChecked(f: Locator, name: string | RegExp, on: boolean): Promise<void> {
  const box = f.getByRole('checkbox', { name });
  if ((await box.isChecked()) !== on) await box.click();
  await expect(box).toBeChecked({ checked: on });
}

/** The readout's data-value once it is not busy. */
async function settled(loc: Locator): Promise<string> {
  await expect(loc).not.toHaveAttribute('aria-busy', 'true');
  return (await loc.getAttribute('data-value')) ?? '';
}

async function expectClose(loc: Locator, want: number, atol: number, rtol: number): Promise<void> {
  const got = await settled(loc);
  if (!Number.isFinite(want)) {
    expect(got).toBe(want > 0 ? 'inf' : '-inf');
    return;
  }
  expect(
    Math.abs(Number(got) - want),
    `${await loc.getAttribute('data-metric')} = ${got}, want ${want}`,
  ).toBeLessThanOrEqual(atol + rtol * Math.abs(want));
}

/** Sets the image-pair panel's controls to a case's arguments. */
async function applyImageSettings(f: Locator, args: Record<string, unknown>): Promise<void> {
  await setNumber(f, 'Data range', args.data_range as number);
  const gaussian = (args.gaussian_weights as boolean | undefined) ?? false;
  await f.getByRole('radio', { name: gaussian ? 'Gaussian (σ 1.5)' : 'Uniform (box)' }).check();
  await setNumber(f, 'Window size', (args.win_size as number | undefined) ?? 7);
  await setNumber(f, 'K1', (args.K1 as number | undefined) ?? 0.01);
  await setNumber(f, 'K2', (args.K2 as number | undefined) ?? 0.03);
  await setChecked(f, /^Sample covariance/, (args.use_sample_covariance as boolean | undefined) ?? true);
}

async function loadImagePair(
  page: Page,
  a: { name: string; bytes: Uint8Array },
  b: { name: string; bytes: Uint8Array },
) {
  await page.getByLabel('Reference image', { exact: true }).setInputFiles(png(a.name, a.bytes));
  await page.getByLabel('Distorted image', { exact: true }).setInputFiles(png(b.name, b.bytes));
}

async function loadDepthPair(page: Page, gt: ReturnType<typeof npy>, pred: ReturnType<typeof npy>) {
  await page.getByLabel('Ground-truth depth (16-bit PNG or .npy)', { exact: true }).setInputFiles(gt);
  await page.getByLabel('Predicted depth (16-bit PNG or .npy)', { exact: true }).setInputFiles(pred);
}

/** Sets the depth caps in an order the fields accept (the minimum stays below the maximum). */
async function setCaps(f: Locator, min: number, max: number): Promise<void> {
  const currentMax = Number(
    await f.getByRole('spinbutton', { name: 'Maximum depth (m)' }).getAttribute('aria-valuenow'),
  );
  if (min < currentMax) {
    await setNumber(f, 'Minimum depth (m)', min);
    await setNumber(f, 'Maximum depth (m)', max);
  } else {
    await setNumber(f, 'Maximum depth (m)', max);
    await setNumber(f, 'Minimum depth (m)', min);
  }
}

const alerts = (f: Locator) => f.getByRole('alert');

test.beforeEach(async ({ page }) => {
  await page.goto('./#/lab');
  await imageFigure(page).waitFor();
});

test('every 8-bit psnr and ssim reference case, as PNGs with its own settings, gives the reference value', async ({
  page,
  problems,
}) => {
  test.setTimeout(180_000);
  const f = imageFigure(page);
  const cases = uint8ImageCases();
  expect(cases.length).toBeGreaterThanOrEqual(15);
  const psnr = readout(f, 'psnr');
  const mssim = readout(f, 'ssim.mssim');
  for (const c of cases as Uint8ImageCase[]) {
    await applyImageSettings(f, c.args);
    const a = { name: `${c.id}-a.png`, bytes: casePng(c.a) };
    const b = { name: `${c.id}-b.png`, bytes: casePng(c.b) };
    const before = await psnr.getAttribute('data-value');
    await loadImagePair(page, a, b);
    const exp = c.expected as Record<string, unknown>;
    if (typeof exp === 'object' && exp !== null && 'error' in exp) {
      if (c.metric === 'psnr') {
        // different sizes: refused with both sizes named
        await expect(alerts(f)).toContainText(`${b.name}: its size ${c.b.width} × ${c.b.height}, grey`);
        await expect(alerts(f)).toContainText(`(${c.a.width} × ${c.a.height}, grey)`);
      } else {
        await expect(alerts(f)).toContainText('SSIM settings: win_size: 7 is larger than the image (6 x 6)');
      }
      expect(await settled(psnr)).toBe(before);
      continue;
    }
    await expect(f.locator(`[data-image="${b.name}"]`)).toBeVisible();
    if (c.metric === 'psnr') await expectClose(psnr, expectedNumber(c.expected), c.atol, c.rtol);
    else await expectClose(mssim, expectedNumber(exp.mssim), c.atol, c.rtol);
  }
  await expectNoProblems(problems);
});

test('every image-pair control changes a readout', async ({ page, problems }) => {
  const f = imageFigure(page);
  await f.getByRole('button', { name: 'Load an example' }).click();
  const psnr = readout(f, 'psnr');
  const mssim = readout(f, 'ssim.mssim');
  await expect(mssim).toHaveAttribute('data-value', /^0\.\d+/);
  await expect(f.locator('canvas[data-map="ssim"]')).toBeVisible();
  let last = { p: await settled(psnr), s: await settled(mssim) };
  const changed = async (what: string, metric: 'p' | 's') => {
    const loc = metric === 'p' ? psnr : mssim;
    await expect.poll(async () => settled(loc), what).not.toBe(last[metric]);
    last = { p: await settled(psnr), s: await settled(mssim) };
  };
  await setNumber(f, 'Data range', 200);
  await changed('data range changes PSNR', 'p');
  await f.getByRole('radio', { name: 'Gaussian (σ 1.5)' }).check();
  await changed('the Gaussian window changes SSIM', 's');
  await setNumber(f, 'Window size', 11);
  await changed('window size changes SSIM', 's');
  await f.getByRole('radio', { name: 'Uniform (box)' }).check();
  await changed('the uniform window changes SSIM', 's');
  await setNumber(f, 'K1', 0.05);
  await changed('K1 changes SSIM', 's');
  await setNumber(f, 'K2', 0.1);
  await changed('K2 changes SSIM', 's');
  await f.getByRole('checkbox', { name: /^Sample covariance/ }).uncheck();
  await changed('sample covariance changes SSIM', 's');
  await expectNoProblems(problems);
});

test('broken image files give messages naming the file and keep the results; a valid file then works', async ({
  page,
  problems,
}) => {
  const f = imageFigure(page);
  await f.getByRole('button', { name: 'Load an example' }).click();
  const psnr = readout(f, 'psnr');
  await expect(psnr).toHaveAttribute('data-value', /^\d/);
  const kept = await settled(psnr);
  const grey = (w: number, h: number, v: number) =>
    encode({
      width: w,
      height: h,
      channels: 1,
      depth: 8,
      data: new Uint8Array(w * h).map((_, i) => (i * v) % 256),
    });

  await page.getByLabel('Distorted image', { exact: true }).setInputFiles(png('small.png', grey(40, 30, 3)));
  await expect(alerts(f)).toContainText(
    'small.png: its size 40 × 30, grey differs from the reference example-reference.png (96 × 64, RGB)',
  );
  expect(await settled(psnr)).toBe(kept);

  await page
    .getByLabel('Distorted image', { exact: true })
    .setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture at all') });
  await expect(alerts(f)).toContainText('notes.png: not an image (expected PNG, JPEG or WebP)');
  expect(await settled(psnr)).toBe(kept);

  const truncated = grey(40, 30, 5).slice(0, 60);
  await page.getByLabel('Distorted image', { exact: true }).setInputFiles(png('cut.png', truncated));
  await expect(alerts(f)).toContainText('cut.png: corrupt or truncated PNG');
  expect(await settled(psnr)).toBe(kept);

  // a valid pair after the bad files
  await loadImagePair(
    page,
    { name: 'ok-a.png', bytes: grey(40, 30, 3) },
    { name: 'ok-b.png', bytes: grey(40, 30, 7) },
  );
  await expect(f.locator('[data-image="ok-b.png"]')).toBeVisible();
  await expect.poll(() => settled(psnr)).not.toBe(kept);
  await expectNoProblems(problems);
});

test('JPEG files are decoded by the browser in the worker and said to be so', async ({ page, problems }) => {
  const f = imageFigure(page);
  // two JPEGs made by this browser's own encoder: a gradient and the same gradient with a dark square
  const [a, b] = await page.evaluate(async () => {
    const make = async (square: boolean) => {
      const c = new OffscreenCanvas(48, 32);
      const ctx = c.getContext('2d')!;
      const g = ctx.createLinearGradient(0, 0, 48, 32);
      g.addColorStop(0, '#204080');
      g.addColorStop(1, '#f0c040');
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, 48, 32);
      if (square) {
        ctx.fillStyle = '#101010';
        ctx.fillRect(10, 8, 12, 12);
      }
      const blob = await c.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    };
    return [await make(false), await make(true)];
  });
  const jpeg = (name: string, bytes: number[]) => ({
    name,
    mimeType: 'image/jpeg',
    buffer: Buffer.from(bytes),
  });
  await page.getByLabel('Reference image', { exact: true }).setInputFiles(jpeg('a.jpg', a));
  await page.getByLabel('Distorted image', { exact: true }).setInputFiles(jpeg('b.jpg', b));
  await expect(f.locator('[data-image="b.jpg"]')).toContainText('48 × 32 RGB, 8-bit JPEG (browser decoding)');
  const p = Number(await settled(readout(f, 'psnr')));
  expect(p).toBeGreaterThan(5);
  expect(p).toBeLessThan(40);
  await expectNoProblems(problems);
});

test('every depth reference case, as float64 .npy files with its own settings, gives the reference values', async ({
  page,
  problems,
}) => {
  test.setTimeout(120_000);
  const f = depthFigure(page);
  await f.scrollIntoViewIfNeeded();
  for (const c of depthCases()) {
    await setCaps(
      f,
      (c.args.min_depth as number | undefined) ?? 0.001,
      (c.args.max_depth as number | undefined) ?? 80,
    );
    await setChecked(f, /^Median scaling/, (c.args.median_scaling as boolean | undefined) ?? false);
    const gt = npy(`${c.id}-gt.npy`, depthNpy(c.gt));
    const pred = npy(`${c.id}-pred.npy`, depthNpy(c.pred));
    await loadDepthPair(page, gt, pred);
    if ('error' in c.expected) {
      await expect(alerts(f)).toContainText(
        `${pred.name}: its size ${c.pred.length} × 1 differs from the ground truth ${gt.name} (${c.gt.length} × 1)`,
      );
      continue;
    }
    await expect(f.locator(`[data-depth-map="${pred.name}"]`)).toBeVisible();
    for (const [field, want] of Object.entries(c.expected)) {
      const loc = readout(f, `depth.${field}`);
      if (want === null) {
        expect(await settled(loc)).toBe('undefined');
        await expect(loc).toContainText('no pixel has');
      } else await expectClose(loc, want as number, 1e-9, 1e-9);
    }
  }
  await expectNoProblems(problems);
});

test('a 16-bit PNG with values above 255 is read exactly as value / scale', async ({ page, problems }) => {
  const f = depthFigure(page);
  await setNumber(f, 'Maximum depth (m)', 1000);
  for (const scale of [256, 1000]) {
    await setNumber(f, 'Scale factor (PNG value per metre)', scale);
    const values = Uint16Array.from({ length: 60 }, (_, k) => 257 + k * 1087); // 257 ... 64390
    const gtPng = encode({ width: 10, height: 6, channels: 1, depth: 16, data: values });
    const pred = writeNpy({ values: Array.from(values, (v) => v / scale), shape: [6, 10] });
    await loadDepthPair(page, png(`gt16-${scale}.png`, gtPng), npy(`exact-${scale}.npy`, pred));
    const gtLine = f.locator(`[data-depth-map="gt16-${scale}.png"]`);
    await expect(gtLine).toContainText('16-bit PNG');
    expect(Number(await gtLine.getAttribute('data-max'))).toBe(64390 / scale);
    expect(Number(await gtLine.getAttribute('data-min'))).toBe(257 / scale);
    expect(await settled(readout(f, 'depth.abs_rel'))).toBe('0');
    expect(await settled(readout(f, 'depth.rmse'))).toBe('0');
    expect(await settled(readout(f, 'depth.a1'))).toBe('1');
    await expect(f.locator('[data-valid="60"]')).toBeVisible();
  }
  await expectNoProblems(problems);
});

test('broken depth files give messages naming the file and keep the results; undefined is shown as undefined', async ({
  page,
  problems,
}) => {
  const f = depthFigure(page);
  await f.getByRole('button', { name: 'Load an example' }).click();
  const absRel = readout(f, 'depth.abs_rel');
  await expect(absRel).toHaveAttribute('data-value', /^0\.\d+/);
  const kept = await settled(absRel);
  const predInput = page.getByLabel('Predicted depth (16-bit PNG or .npy)', { exact: true });
  const gtInput = page.getByLabel('Ground-truth depth (16-bit PNG or .npy)', { exact: true });

  const badHeader = writeNpy({
    values: [1, 2],
    shape: [1, 2],
    headerText: "{'descr': '<f8', 'fortran_order': False, 'shape': (1, 2",
  });
  await predInput.setInputFiles(npy('bad-header.npy', badHeader));
  await expect(alerts(f)).toContainText('bad-header.npy, header: ');
  expect(await settled(absRel)).toBe(kept);

  const half = writeNpy({
    values: [1, 2],
    shape: [1, 2],
    dtype: 'u2',
    headerText: "{'descr': '<f2', 'fortran_order': False, 'shape': (1, 2), }",
  });
  await predInput.setInputFiles(npy('half.npy', half));
  await expect(alerts(f)).toContainText('half.npy: unsupported dtype "<f2"');
  expect(await settled(absRel)).toBe(kept);

  await predInput.setInputFiles(npy('small.npy', writeNpy({ values: [1, 2, 3, 4], shape: [2, 2] })));
  await expect(alerts(f)).toContainText(
    'small.npy: its size 2 × 2 differs from the ground truth example-gt.png (128 × 40)',
  );
  expect(await settled(absRel)).toBe(kept);

  await gtInput.setInputFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('GIF89a not a png'),
  });
  await expect(alerts(f)).toContainText('photo.png: not a depth map (expected a 16-bit PNG or a .npy file)');
  expect(await settled(absRel)).toBe(kept);

  // a valid pair with no valid pixel: every metric undefined, with its reason, never 0
  await loadDepthPair(
    page,
    npy('empty-gt.npy', writeNpy({ values: [0, 0, 0, 0, 0, 0], shape: [2, 3] })),
    npy('any-pred.npy', writeNpy({ values: [1, 2, 3, 4, 5, 6], shape: [2, 3] })),
  );
  await expect(f.locator('[data-depth-map="any-pred.npy"]')).toBeVisible();
  for (const field of [
    'abs_rel',
    'sq_rel',
    'rmse',
    'rmse_log',
    'log10',
    'silog',
    'a1',
    'a2',
    'a3',
    'abs_error',
  ]) {
    const loc = readout(f, `depth.${field}`);
    expect(await settled(loc)).toBe('undefined');
    await expect(loc).toContainText('no pixel has 0.001 m < ground truth < 80 m');
  }

  // a valid file after the bad ones works
  await gtInput.setInputFiles(npy('good-gt.npy', writeNpy({ values: [1, 2, 3, 4, 5, 6], shape: [2, 3] })));
  await expect(f.locator('[data-depth-map="good-gt.npy"]')).toBeVisible();
  expect(await settled(absRel)).toBe('0');
  await expectNoProblems(problems);
});

test('every depth control changes a readout', async ({ page, problems }) => {
  const f = depthFigure(page);
  await f.getByRole('button', { name: 'Load an example' }).click();
  const absRel = readout(f, 'depth.abs_rel');
  await expect(absRel).toHaveAttribute('data-value', /^0\.\d+/);
  let last = await settled(absRel);
  const changed = async (what: string) => {
    await expect.poll(() => settled(absRel), what).not.toBe(last);
    last = await settled(absRel);
  };
  await f.getByRole('button', { name: /^NYU/ }).click();
  await changed('the NYU preset changes Abs Rel');
  await f.getByRole('button', { name: /^KITTI/ }).click();
  await changed('the KITTI preset changes Abs Rel');
  await setChecked(f, /^Median scaling/, true);
  await changed('median scaling changes Abs Rel');
  await setChecked(f, /^Garg\/Eigen crop/, true);
  await changed('the Garg/Eigen crop changes Abs Rel');
  await setNumber(f, 'Maximum depth (m)', 12);
  await changed('the maximum depth changes Abs Rel');
  await setNumber(f, 'Minimum depth (m)', 8);
  await changed('the minimum depth changes Abs Rel');
  await setNumber(f, 'Scale factor (PNG value per metre)', 200);
  await changed('the scale factor changes Abs Rel');
  await expectNoProblems(problems);
});

test('an axe scan of both panels with results finds no serious or critical violation in either theme', async ({
  page,
}) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./#/lab');
    for (const f of [imageFigure(page), depthFigure(page)]) {
      await f.getByRole('button', { name: 'Load an example' }).click();
      await expect(f.locator('canvas[data-map]')).toBeVisible();
    }
    const result = await new AxeBuilder({ page })
      .include('figure[data-widget="lab.image-pair"]')
      .include('figure[data-widget="lab.depth"]')
      .analyze();
    const bad = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad, scheme).toEqual([]);
  }
});
