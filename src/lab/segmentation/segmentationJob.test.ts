import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encode } from 'fast-png';
import { runSegmentationJob, type SegmentationJobInput } from './segmentationJob';
import { parseClassNames } from './classNames';
import type { LabFile } from '../jobs/types';
import cases from '../../../test/reference/cases/segmentation.json';

const ctx = { progress: () => {} };

function grey(name: string, width: number, height: number, ids: number[], depth: 8 | 16 = 8): LabFile {
  const data = depth === 16 ? new Uint16Array(ids) : new Uint8Array(ids);
  const bytes = encode({ width, height, data, depth, channels: 1 });
  return { name, bytes: bytes.slice().buffer };
}

function palettePng(name: string, width: number, height: number, ids: number[]): LabFile {
  const palette = Array.from({ length: 256 }, (_, i) => [i, (i * 7) % 256, (i * 13) % 256]);
  const bytes = encode({ width, height, data: new Uint8Array(ids), depth: 8, channels: 1, palette });
  return { name, bytes: bytes.slice().buffer };
}

function text(name: string, s: string): LabFile {
  return { name, bytes: new TextEncoder().encode(s).slice().buffer };
}

function run(partial: Partial<SegmentationJobInput> & Pick<SegmentationJobInput, 'gt' | 'pred'>) {
  return runSegmentationJob({ ignoreIndex: null, numClasses: null, ...partial }, ctx);
}

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('did not throw');
}

describe('runSegmentationJob', () => {
  // gt  = 0 0 1 1 / 0 0 1 2      pred = 0 1 1 1 / 0 0 2 2
  // confusion rows (truth) x cols (pred): [[3,1,0],[0,2,1],[0,0,1]]
  const gt = [0, 0, 1, 1, 0, 0, 1, 2];
  const pred = [0, 1, 1, 1, 0, 0, 2, 2];

  it('gives hand-worked values for one pair', () => {
    const r = run({ gt: [grey('a.png', 4, 2, gt)], pred: [grey('a.png', 4, 2, pred)] });
    const p = r.pooled;
    expect(r.numClasses).toBe(3);
    expect(p.confusion).toEqual([
      [3, 1, 0],
      [0, 2, 1],
      [0, 0, 1],
    ]);
    expect(p.pixel_accuracy).toBeCloseTo(6 / 8, 12);
    expect(p.iou[0]).toBeCloseTo(3 / 4, 12);
    expect(p.iou[1]).toBeCloseTo(2 / 4, 12);
    expect(p.iou[2]).toBeCloseTo(1 / 2, 12);
    expect(p.miou).toBeCloseTo((3 / 4 + 1 / 2 + 1 / 2) / 3, 12);
    expect(p.dice[1]).toBeCloseTo(4 / 6, 12);
    expect(p.precision[1]).toBeCloseTo(2 / 3, 12);
    expect(p.recall[1]).toBeCloseTo(2 / 3, 12);
    // FWIoU = 4/8 * 3/4 + 3/8 * 1/2 + 1/8 * 1/2
    expect(p.fwiou).toBeCloseTo(0.375 + 0.1875 + 0.0625, 12);
    expect(Array.from(r.overlays[0]!.data)).toEqual([0, 1, 0, 0, 0, 0, 1, 0]);
    expect(r.overlays[0]!.counts).toEqual({ correct: 6, wrong: 2, ignored: 0, unpredicted: 0 });
  });

  it('reports 0/0 classes as null and explains them in the hints', () => {
    const r = run({
      gt: [grey('a.png', 4, 2, gt)],
      pred: [grey('a.png', 4, 2, pred)],
      classNames: text('names.txt', 'road\ncar\nperson\nbike\n'),
    });
    expect(r.classNames).toEqual(['road', 'car', 'person', 'bike']);
    expect(r.pooled.iou[3]).toBeNull();
    expect(r.pooled.recall[3]).toBeNull();
    expect(r.pooled.miou).toBeCloseTo((3 / 4 + 1 / 2 + 1 / 2) / 3, 12);
    const zd = r.hints.find((h) => h.kind === 'zero-division');
    expect(zd).toMatchObject({ undefinedIou: [3] });
    expect(r.hints.find((h) => h.kind === 'absent-reference')).toMatchObject({ classes: [3] });
    expect(r.hints.find((h) => h.kind === 'imbalance')).toMatchObject({ largest: 0, largestShare: 0.5 });
  });

  it('ignores reference pixels with the ignore index and counts predicted ones as no prediction', () => {
    const r = run({
      gt: [grey('a.png', 2, 2, [255, 0, 1, 1])],
      pred: [grey('b.png', 2, 2, [0, 255, 1, 0])],
      ignoreIndex: 255,
    });
    expect(r.pooled.ignored).toBe(1);
    expect(r.pooled.unpredicted).toEqual([1, 0]);
    expect(r.pooled.confusion).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(Array.from(r.overlays[0]!.data)).toEqual([2, 3, 0, 1]);
  });

  it('pairs by file name when every name matches, by order otherwise', () => {
    const a = grey('x1.png', 1, 2, [0, 1]);
    const b = grey('x2.png', 1, 2, [1, 1]);
    const byName = run({ gt: [a, b], pred: [grey('x2.png', 1, 2, [1, 1]), grey('x1.png', 1, 2, [0, 1])] });
    expect(byName.pairing).toBe('name');
    expect(byName.images.map((im) => im.scores.pixel_accuracy)).toEqual([1, 1]);
    const byOrder = run({ gt: [a, b], pred: [grey('p1.png', 1, 2, [0, 1]), grey('p2.png', 1, 2, [1, 1])] });
    expect(byOrder.pairing).toBe('order');
  });

  it('reads 16-bit ids above 255', () => {
    const r = run({ gt: [grey('g.png', 2, 1, [300, 0], 16)], pred: [grey('p.png', 2, 1, [300, 1], 16)] });
    expect(r.numClasses).toBe(301);
    expect(r.pooled.iou[300]).toBe(1);
    expect(r.images[0]!.depth).toBe(16);
  });

  it('names the file, the pixel and the value for bad input', () => {
    const names = text('names.json', '["a", "b"]');
    expect(
      errorOf(() =>
        run({ gt: [grey('g.png', 4, 2, gt)], pred: [grey('p.png', 4, 2, pred)], classNames: names }),
      ),
    ).toBe(
      'g.png, pixel (3, 1): class id 2, but names.json names only 2 classes (ids 0 to 1); no ignore index is set',
    );
    expect(errorOf(() => run({ gt: [grey('g.png', 4, 2, gt)], pred: [grey('p.png', 2, 4, pred)] }))).toBe(
      "p.png: its size 2x4 differs from g.png's 4x2 (a prediction must have its ground truth's size)",
    );
    expect(errorOf(() => run({ gt: [grey('g.png', 4, 2, gt)], pred: [text('p.png', 'nope')] }))).toMatch(
      /^p\.png: not a PNG/,
    );
    expect(errorOf(() => run({ gt: [grey('g.png', 4, 2, gt)], pred: [] }))).toMatch(
      /^Predicted label maps: no file/,
    );
    expect(
      errorOf(() =>
        run({
          gt: [grey('g.png', 1, 1, [0])],
          pred: [grey('p.png', 1, 1, [0])],
          classNames: text('n.json', '[1'),
        }),
      ),
    ).toMatch(/^n\.json: not valid JSON/);
  });

  it('gives the palette and the grey form of every reference case the same, expected values', () => {
    for (const c of cases as unknown as RefCase[]) {
      if ('error' in c.expected) continue;
      const { gt: g, pred: q, num_classes, ignore_index } = c.args;
      for (const make of [grey, palettePng]) {
        const r = run({
          gt: [make('gt.png', g.width, g.height, g.data)],
          pred: [make('pred.png', q.width, q.height, q.data)],
          numClasses: num_classes,
          ignoreIndex: ignore_index ?? null,
        });
        for (const field of ['pixel_accuracy', 'mean_accuracy', 'miou', 'mdice'] as const) {
          const want = c.expected[field];
          if (want === null) expect(r.pooled[field], `${c.id} ${field}`).toBeNull();
          else expect(Math.abs(r.pooled[field]! - want!), `${c.id} ${field}`).toBeLessThan(1e-9);
        }
        expect(r.pooled.confusion, c.id).toEqual(c.expected.confusion);
      }
    }
  });

  it('pools by summing the per-image confusion matrices (property)', () => {
    const pair = fc
      .integer({ min: 1, max: 5 })
      .chain((w) =>
        fc
          .integer({ min: 1, max: 5 })
          .chain((h) =>
            fc.tuple(
              fc.constant(w),
              fc.constant(h),
              fc.array(fc.integer({ min: 0, max: 3 }), { minLength: w * h, maxLength: w * h }),
              fc.array(fc.integer({ min: 0, max: 3 }), { minLength: w * h, maxLength: w * h }),
            ),
          ),
      );
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 4 }), (pairs) => {
        const r = run({
          gt: pairs.map(([w, h, g], i) => grey(`g${i}.png`, w, h, g)),
          pred: pairs.map(([w, h, , q], i) => grey(`g${i}.png`, w, h, q)),
          numClasses: 4,
        });
        const sum = r.images.reduce(
          (acc, im) => acc.map((row, t) => row.map((v, p) => v + im.scores.confusion[t]![p]!)),
          Array.from({ length: 4 }, () => [0, 0, 0, 0]),
        );
        expect(r.pooled.confusion).toEqual(sum);
        const wrong = r.overlays.reduce((a, o) => a + o!.counts.wrong, 0);
        expect(wrong).toBe(r.pooled.fp.reduce((a, b) => a + b, 0));
      }),
      { numRuns: 60 },
    );
  });
});

describe('parseClassNames', () => {
  it('reads JSON arrays, JSON objects and text lines', () => {
    expect(parseClassNames('["road","car"]', 'n.json')).toEqual(['road', 'car']);
    expect(parseClassNames('{"1": "car", "0": "road"}', 'n.json')).toEqual(['road', 'car']);
    expect(parseClassNames('road\r\ncar\n\n', 'n.txt')).toEqual(['road', 'car']);
    expect(() => parseClassNames('{"0": "a", "2": "c"}', 'n.json')).toThrow('n.json: class id 1 has no name');
    expect(() => parseClassNames('a\n\nb', 'n.txt')).toThrow('n.txt, line 2: blank line');
  });
});

interface RefCase {
  id: string;
  args: {
    gt: { width: number; height: number; data: number[] };
    pred: { width: number; height: number; data: number[] };
    num_classes: number;
    ignore_index?: number | null;
  };
  expected: {
    confusion: number[][];
    pixel_accuracy: number | null;
    mean_accuracy: number | null;
    miou: number | null;
    mdice: number | null;
  };
}

describe('runSegmentationJob limits and hints', () => {
  it('refuses ids needing more than MAX_CLASSES classes, naming the file and the id', () => {
    expect(() =>
      run({ gt: [grey('g.png', 2, 1, [0, 5000], 16)], pred: [grey('p.png', 2, 1, [0, 0], 16)] }),
    ).toThrow('g.png: holds class id 5000, which needs 5001 classes; the Lab scores at most 1,024');
    expect(() =>
      run({ gt: [grey('g.png', 1, 1, [0])], pred: [grey('p.png', 1, 1, [0])], numClasses: 5000 }),
    ).toThrow('Settings, number of classes: expected an integer from 1 to 1024, got 5000');
  });

  it('reports progress from 0 to 1 in order', () => {
    const seen: number[] = [];
    runSegmentationJob(
      {
        gt: [grey('a.png', 1, 2, [0, 1]), grey('b.png', 1, 2, [1, 1])],
        pred: [grey('a.png', 1, 2, [0, 1]), grey('b.png', 1, 2, [1, 0])],
        ignoreIndex: null,
        numClasses: null,
      },
      { progress: (f) => seen.push(f) },
    );
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
  });

  it('hints at classes predicted but absent and at per-image versus pooled means', () => {
    // image 1: classes 0 and 1, right; image 2: only class 0 in the reference, class 2 predicted once.
    const r = run({
      gt: [grey('a.png', 2, 1, [0, 1]), grey('b.png', 2, 1, [0, 0])],
      pred: [grey('a.png', 2, 1, [0, 1]), grey('b.png', 2, 1, [0, 2])],
      numClasses: 3,
    });
    expect(r.pooled.iou).toEqual([2 / 3, 1, 0]);
    expect(r.hints.find((h) => h.kind === 'predicted-absent')).toMatchObject({ classes: [2] });
    expect(r.hints.find((h) => h.kind === 'per-image-mean')).toMatchObject({
      meanOfImages: (1 + 0.25) / 2,
      pooled: (2 / 3 + 1 + 0) / 3,
      imagesMissingClasses: 2,
    });
  });
});
