/**
 * The Lab's COCO panel (#/lab, figure `lab.coco`) with files made by the
 * test: every pycocotools reference case of coco_eval.json (boxes and
 * keypoints) gives its stats to 1e-9; broken files each show a message
 * naming the problem and keep the earlier results; Cancel stops a long
 * evaluation and the next small one answers; a light readout updates while a
 * long evaluation runs; the per-category CSV has one row per category; no
 * request leaves the page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoProblems, readout, widgetFigure } from './fixtures';
import { makeSyntheticCoco } from '../src/metrics/detection/coco/synthetic';

interface CocoCase {
  id: string;
  args: { iou_type: 'bbox' | 'keypoints'; gt: unknown; dt: unknown };
  expected: { stats: number[] };
}
const CASES = JSON.parse(
  readFileSync(new URL('../test/reference/cases/coco_eval.json', import.meta.url), 'utf8'),
) as CocoCase[];
const BBOX_NAMES = [
  'ap',
  'ap50',
  'ap75',
  'ap_small',
  'ap_medium',
  'ap_large',
  'ar1',
  'ar10',
  'ar100',
  'ar_small',
  'ar_medium',
  'ar_large',
];
const KP_NAMES = [
  'ap',
  'ap50',
  'ap75',
  'ap_medium',
  'ap_large',
  'ar',
  'ar50',
  'ar75',
  'ar_medium',
  'ar_large',
];

type FilePayload = { name: string; mimeType: string; buffer: Buffer };
const json = (name: string, value: unknown): FilePayload => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
});

const panel = (page: Page): Locator => widgetFigure(page, 'lab.coco');
const gtInput = (f: Locator) => f.getByLabel('Ground truth (COCO JSON)', { exact: true });
const dtInput = (f: Locator) => f.getByLabel('Results (COCO JSON)', { exact: true });
const jobStatus = (f: Locator) => f.locator('.ba-lab-job');

/** Opens the Lab and refuses any request that is not a GET to the page's own origin. */
async function openLab(page: Page, writes: string[]): Promise<Locator> {
  page.on('request', (r) => {
    if (r.method() !== 'GET') writes.push(`${r.method()} ${r.url()}`);
  });
  await page.goto('#/lab');
  const f = panel(page);
  await f.scrollIntoViewIfNeeded();
  await expect(f).toBeVisible();
  return f;
}

/** Gives both files and waits until the evaluation of exactly these two files is shown. */
async function evaluatePair(f: Locator, gt: FilePayload, dt: FilePayload): Promise<void> {
  await gtInput(f).setInputFiles(gt);
  await dtInput(f).setInputFiles(dt);
  await expect(f.getByText(`${gt.name} and ${dt.name}:`)).toBeVisible({ timeout: 30_000 });
  await expect(jobStatus(f)).toHaveAttribute('data-status', 'done');
}

async function chooseType(f: Locator, type: 'bbox' | 'keypoints'): Promise<void> {
  await f.getByRole('radio', { name: type === 'bbox' ? 'Boxes' : 'Keypoints' }).check();
}

test.describe('Lab COCO panel', () => {
  test('every coco_eval reference case gives pycocotools’ stats (boxes and keypoints)', async ({
    page,
    problems,
  }) => {
    test.setTimeout(120_000);
    const writes: string[] = [];
    const f = await openLab(page, writes);
    for (const type of ['bbox', 'keypoints'] as const) {
      await chooseType(f, type);
      const names = type === 'bbox' ? BBOX_NAMES : KP_NAMES;
      for (const c of CASES.filter((x) => x.args.iou_type === type)) {
        await evaluatePair(f, json(`${c.id}-gt.json`, c.args.gt), json(`${c.id}-results.json`, c.args.dt));
        await expect(f.locator('[data-metric^="coco_eval."]')).toHaveCount(names.length);
        for (const [i, name] of names.entries()) {
          const r = readout(f, `coco_eval.${name}`);
          const expected = c.expected.stats[i] as number;
          const raw = await r.getAttribute('data-value');
          if (expected === -1) expect(raw, `${c.id} ${name}`).toBe('undefined');
          else
            expect(
              Math.abs(Number(raw) - expected),
              `${c.id} ${name}: ${raw} vs ${expected}`,
            ).toBeLessThanOrEqual(1e-9);
        }
      }
    }
    expect(writes).toEqual([]);
    await expectNoProblems(problems);
  });

  test('broken files each name their problem and keep the earlier results; a good pair then works', async ({
    page,
    problems,
  }) => {
    test.setTimeout(90_000);
    const writes: string[] = [];
    const f = await openLab(page, writes);
    const base = CASES.find((c) => c.id === 'coco_eval-bbox-basic-5img') as CocoCase;
    const gt = base.args.gt as { images: { id: number }[]; annotations: Record<string, unknown>[] };
    const dt = base.args.dt as Record<string, unknown>[];
    await evaluatePair(f, json('gt.json', gt), json('results.json', dt));
    const ap = readout(f, 'coco_eval.ap');
    const good = await ap.getAttribute('data-value');
    expect(Number(good)).toBeCloseTo(base.expected.stats[0] as number, 9);

    const alerts = f.getByRole('alert');
    const withDt = (d: unknown, name = 'bad-results.json') => ({
      gt: json('gt.json', gt),
      dt: json(name, d),
    });
    const withGt = (g: unknown, name = 'bad-gt.json') => ({
      gt: json(name, g),
      dt: json('results.json', dt),
    });
    const entry = (i: number, patch: Record<string, unknown>) =>
      dt.map((d, j) => (j === i ? { ...d, ...patch } : d));
    const kinds: { name: string; files: { gt: FilePayload; dt: FilePayload }; message: string | RegExp }[] = [
      { name: 'not JSON', files: withGt('{"images": [1, 2'), message: /bad-gt\.json.*is not valid JSON/ },
      { name: 'results as ground truth', files: withGt(dt), message: 'bad-gt.json: is a COCO results list' },
      {
        name: 'ground truth as results',
        files: withDt(gt),
        message: 'bad-results.json: is a COCO ground-truth file',
      },
      {
        name: 'missing annotations',
        files: withGt({ ...gt, annotations: undefined }),
        message: 'bad-gt.json, field "annotations": is missing',
      },
      {
        name: 'negative box width',
        files: withDt(entry(2, { bbox: [1, 2, -3, 4] })),
        message: 'bad-results.json, entry 3: bbox width is -3',
      },
      {
        name: 'NaN written by Python',
        files: withDt(JSON.stringify(entry(1, { score: 12345.5 })).replace('12345.5', 'NaN')),
        message: /bad-results\.json, line 1, column \d+: NaN is not allowed in JSON/,
      },
      {
        name: 'no score',
        files: withDt(entry(1, { score: undefined })),
        message: 'bad-results.json, entry 2: score is missing',
      },
      {
        name: 'unknown image',
        files: withDt(entry(4, { image_id: 999 })),
        message: 'bad-results.json, entry 5: image_id 999 is not an image of the ground truth',
      },
      {
        name: 'unknown category',
        files: withDt(entry(0, { category_id: 77 })),
        message: 'bad-results.json, entry 1: category_id 77 is not a category of the ground truth',
      },
      {
        name: 'duplicate image id',
        files: withGt({ ...gt, images: [...gt.images, { id: gt.images[0]?.id }] }),
        message: `bad-gt.json, image ${gt.images.length + 1}: id ${gt.images[0]?.id} is repeated`,
      },
      {
        name: 'duplicate annotation id',
        files: withGt({
          ...gt,
          annotations: gt.annotations.map((a, j) => (j === 1 ? { ...a, id: gt.annotations[0]?.id } : a)),
        }),
        message: `bad-gt.json, annotation 2 (id ${gt.annotations[0]?.id}): id ${gt.annotations[0]?.id} is repeated`,
      },
      { name: 'empty results', files: withDt([]), message: 'bad-results.json: the results list is empty' },
      {
        name: 'non-finite box',
        files: withDt(JSON.stringify(entry(0, { bbox: [1, 2, 3, 12345.5] })).replace('12345.5', '1e999')),
        message: 'bad-results.json, entry 1: bbox height is Infinity',
      },
    ];
    for (const kind of kinds) {
      await gtInput(f).setInputFiles(kind.files.gt);
      await dtInput(f).setInputFiles(kind.files.dt);
      await expect(alerts, kind.name).toContainText(kind.message);
      await expect(ap, kind.name).toHaveAttribute('data-value', good ?? '');
      await expect(jobStatus(f)).not.toHaveAttribute('data-status', 'running');
    }
    // A file of the wrong type is refused before it is read.
    await dtInput(f).setInputFiles({
      name: 'results.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('[]'),
    });
    await expect(alerts).toContainText('results.txt is not a file this input reads');
    await expect(ap).toHaveAttribute('data-value', good ?? '');

    // A good pair after the bad ones: new numbers, and the problems are gone.
    const other = CASES.find((c) => c.id === 'coco_eval-bbox-20img-3cat') as CocoCase;
    await evaluatePair(f, json('good-gt.json', other.args.gt), json('good-results.json', other.args.dt));
    expect(Number(await ap.getAttribute('data-value'))).toBeCloseTo(other.expected.stats[0] as number, 9);
    await expect(alerts).not.toContainText('bad-');
    expect(writes).toEqual([]);
    await expectNoProblems(problems);
  });

  test('Cancel stops a long evaluation, a light readout updates meanwhile, and the next small one answers', async ({
    page,
    problems,
  }, info) => {
    test.setTimeout(120_000);
    const writes: string[] = [];
    const f = await openLab(page, writes);
    await f.getByRole('button', { name: 'Load an example' }).click();
    await expect(
      f.getByText(/example-bbox-ground-truth\.json and example-bbox-results\.json:/),
    ).toBeVisible();
    const voc = readout(f, 'voc_ap');
    await expect(voc).not.toHaveAttribute('data-value', /^$|^error$/);
    await expect(voc).not.toHaveAttribute('aria-busy', 'true');
    const before = await voc.getAttribute('data-value');

    // A large pair (5,000 images, 700,000 detections) written to disk by the test: several seconds of work.
    const { gt, dt } = makeSyntheticCoco({
      images: 5000,
      categories: 80,
      gtPerImage: 7,
      dtPerImage: 140,
      seed: 5,
    });
    const gtPath = info.outputPath('big-gt.json');
    const dtPath = info.outputPath('big-results.json');
    writeFileSync(gtPath, JSON.stringify(gt));
    writeFileSync(dtPath, JSON.stringify(dt));

    // Results first (with the example's ground truth they are refused), then the ground truth: the long run.
    await dtInput(f).setInputFiles(dtPath);
    await gtInput(f).setInputFiles(gtPath);
    const bar = f.getByRole('progressbar');
    await expect(bar).toHaveAttribute('aria-valuetext', /big-gt\.json|Matching image/);

    const counts = f.locator('[data-coco-counts]');
    const shownBefore = await counts.textContent();
    // Record, in the page, the order in which the light readout updates and the long job ends.
    await page.evaluate((start) => {
      const order: string[] = [];
      (window as unknown as { __order: string[] }).__order = order;
      const note = (s: string) => {
        if (!order.includes(s)) order.push(s);
      };
      const job = document.querySelector('figure[data-widget="lab.coco"] .ba-lab-job');
      const check = () => {
        const status = job?.getAttribute('data-status');
        note(status === 'running' ? 'running' : `job ${status}`);
        const v = document.querySelector('[data-metric="voc_ap"]');
        if (v && v.getAttribute('aria-busy') !== 'true' && v.getAttribute('data-value') !== start)
          note('readout updated');
      };
      check();
      new MutationObserver(check).observe(document.body, {
        subtree: true,
        attributes: true,
        childList: true,
      });
    }, before);

    // While it runs: pick another category; the VOC readout (metrics worker, light lane) answers.
    await f.getByLabel('Category', { exact: true }).selectOption({ label: 'Mean over categories' });
    await expect(voc).not.toHaveAttribute('data-value', before ?? '');
    await expect(voc).not.toHaveAttribute('aria-busy', 'true');
    await expect(bar).toBeVisible();

    await f.getByRole('button', { name: 'Cancel the COCO evaluation' }).click();
    await expect(bar).toHaveCount(0);
    await expect(jobStatus(f)).toHaveAttribute('data-status', 'cancelled');
    // The results on screen are still the ones shown before the long evaluation started.
    await expect(counts).toHaveText(shownBefore ?? '');
    await expect(counts).not.toContainText('big-results.json');
    const order = await page.evaluate(() => (window as unknown as { __order: string[] }).__order);
    expect(order[0]).toBe('running');
    expect(order.indexOf('readout updated')).toBeGreaterThan(0);
    expect(order.indexOf('job cancelled')).toBeGreaterThan(order.indexOf('readout updated'));
    expect(order).not.toContain('job done');

    // Start the long one again, then a small one at once: the small one answers; the long one never does.
    await gtInput(f).setInputFiles(gtPath);
    await expect(bar).toBeVisible();
    await f.getByRole('button', { name: 'Load an example' }).click();
    await expect(jobStatus(f)).toHaveAttribute('data-status', 'done');
    await expect(
      f.getByText(/example-bbox-ground-truth\.json and example-bbox-results\.json:/),
    ).toBeVisible();
    await expect(f.getByText(/big-gt\.json and/)).toHaveCount(0);
    expect(writes).toEqual([]);
    await expectNoProblems(problems);
  });

  test('the per-category table sorts by keyboard and the CSV has one row per category', async ({
    page,
    problems,
  }) => {
    const writes: string[] = [];
    const f = await openLab(page, writes);
    await f.getByRole('button', { name: 'Load an example' }).click();
    const table = f.locator('table[data-table="coco-categories"]');
    await expect(table.locator('tbody tr')).toHaveCount(5);
    const apHeader = table.getByRole('columnheader', { name: /^AP\b/ }).first();
    await table.getByRole('button', { name: /^AP ↕$|^AP$/ }).focus();
    await page.keyboard.press('Enter');
    await expect(apHeader).toHaveAttribute('aria-sort', 'descending');
    const values = await table
      .locator('tbody tr td:nth-of-type(1)')
      .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')));
    const known = values.filter((v) => v !== 'null').map(Number);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(values[values.length - 1]).toBe('null');
    await page.keyboard.press('Space');
    await expect(apHeader).toHaveAttribute('aria-sort', 'ascending');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      f.getByRole('button', { name: 'Download per-category table (CSV)' }).click(),
    ]);
    const text = readFileSync((await download.path()) as string, 'utf8');
    const lines = text.trim().split(/\r\n/);
    expect(lines[0]).toBe('category_id,name,ap,ap50,ap75,ar100,annotations,detections');
    expect(lines).toHaveLength(1 + 5);
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual([
      'person',
      'bicycle',
      'car',
      'dog',
      'umbrella',
    ]);
    await expect(f.locator('[data-pitfall="no-gt"]')).toContainText('umbrella');
    await expect(f.locator('[data-pitfall="crowd"]')).toBeVisible();
    await expect(f.locator('[data-pitfall="empty-images"]')).toBeVisible();

    await chooseType(f, 'keypoints');
    await f.getByRole('button', { name: 'Load an example' }).click();
    await expect(f.getByText(/example-keypoints-ground-truth\.json and/)).toBeVisible();
    await expect(f.locator('[data-metric^="coco_eval."]')).toHaveCount(10);
    await expect(readout(f, 'coco_eval.ar50')).toHaveAttribute('data-value', /^0\.\d+|^1$/);
    expect(writes).toEqual([]);
    await expectNoProblems(problems);
  });
});
