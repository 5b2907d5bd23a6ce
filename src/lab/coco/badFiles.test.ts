import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runCocoJob } from './cocoJob';
import { LabInputError, type LabFile } from '../jobs/types';

function file(name: string, text: string): LabFile {
  const bytes = new TextEncoder().encode(text);
  return { name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
}

const GT = {
  images: [{ id: 1 }, { id: 2 }],
  categories: [
    { id: 1, name: 'cat' },
    { id: 2, name: 'dog' },
  ],
  annotations: [
    { id: 1, image_id: 1, category_id: 1, bbox: [10, 10, 20, 20], area: 400, iscrowd: 0 },
    { id: 2, image_id: 2, category_id: 2, bbox: [5, 5, 50, 40], area: 2000, iscrowd: 0 },
  ],
};
const DT = [
  { image_id: 1, category_id: 1, bbox: [11, 10, 20, 20], score: 0.9 },
  { image_id: 2, category_id: 2, bbox: [5, 6, 50, 40], score: 0.8 },
];

function message(gt: unknown, dt: unknown, iouType: 'bbox' | 'keypoints' = 'bbox'): string {
  const run = () =>
    runCocoJob(
      {
        iouType,
        groundTruth: file('gt.json', typeof gt === 'string' ? gt : JSON.stringify(gt)),
        results: file('results.json', typeof dt === 'string' ? dt : JSON.stringify(dt)),
      },
      { progress: () => {} },
    );
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(LabInputError);
    return (e as Error).message;
  }
  throw new Error('no error');
}

const clone = <T>(x: T): T => structuredClone(x);

describe('COCO file checks', () => {
  it('accepts the good pair', () => {
    const r = runCocoJob(
      {
        iouType: 'bbox',
        groundTruth: file('gt.json', JSON.stringify(GT)),
        results: file('r.json', JSON.stringify(DT)),
      },
      { progress: () => {} },
    );
    expect(r.stats[1]).toBeCloseTo(1, 12);
  });

  it.each([
    ['cut short', () => message('{"images": [', DT), /^gt\.json: is not valid JSON: it ends too early/],
    ['not JSON', () => message('{"images": [}', DT), /^gt\.json(, line 1, column \d+)?: is not valid JSON/],
    [
      'NaN literal',
      () => message(GT, JSON.stringify(DT).replace('0.8', 'NaN')),
      /^results\.json, line 1, column \d+: NaN is not allowed in JSON/,
    ],
    [
      'results given as ground truth',
      () => message(DT, DT),
      /^gt\.json: is a COCO results list .* not a ground-truth file/,
    ],
    [
      'ground truth given as results',
      () => message(GT, GT),
      /^results\.json: is a COCO ground-truth file .* not a results list/,
    ],
    [
      'missing images',
      () => message({ ...GT, images: undefined }, DT),
      /^gt\.json, field "images": is missing/,
    ],
    ['empty results', () => message(GT, []), /^results\.json: the results list is empty/],
    [
      'negative width',
      () => {
        const d = clone(DT);
        (d[1] as { bbox: number[] }).bbox[2] = -3;
        return message(GT, d);
      },
      /^results\.json, entry 2: bbox width is -3$/,
    ],
    [
      'null box value',
      () => {
        const d = clone(DT) as unknown as { bbox: unknown[] }[];
        (d[0] as { bbox: unknown[] }).bbox[3] = null;
        return message(GT, d);
      },
      /^results\.json, entry 1: bbox height is null, expected a finite number$/,
    ],
    [
      'no score',
      () => message(GT, [DT[0], { ...DT[1], score: undefined }]),
      /^results\.json, entry 2: score is missing/,
    ],
    [
      'unknown image',
      () => message(GT, [{ ...DT[0], image_id: 7 }]),
      /^results\.json, entry 1: image_id 7 is not an image of the ground truth$/,
    ],
    [
      'unknown category',
      () => message(GT, [{ ...DT[0], category_id: 3 }]),
      /^results\.json, entry 1: category_id 3 is not a category/,
    ],
    [
      'duplicate image id',
      () => message({ ...GT, images: [{ id: 1 }, { id: 1 }] }, DT),
      /^gt\.json, image 2: id 1 is repeated \(image 1 has it too\)$/,
    ],
    [
      'duplicate annotation id',
      () => message({ ...GT, annotations: [GT.annotations[0], { ...GT.annotations[1], id: 1 }] }, DT),
      /^gt\.json, annotation 2 \(id 1\): id 1 is repeated/,
    ],
    [
      'annotation on an unknown image',
      () => message({ ...GT, annotations: [{ ...GT.annotations[0], image_id: 9 }] }, DT),
      /^gt\.json, annotation 1 \(id 1\): image_id 9 is not in "images"$/,
    ],
    [
      'missing area',
      () => message({ ...GT, annotations: [{ ...GT.annotations[0], area: undefined }] }, DT),
      /area is missing/,
    ],
    [
      'keypoints of the wrong length',
      () =>
        message(
          {
            ...GT,
            annotations: [
              { ...GT.annotations[0], keypoints: Array.from({ length: 51 }, () => 1), num_keypoints: 17 },
            ],
          },
          [{ ...DT[0], keypoints: [1, 2, 3] }],
          'keypoints',
        ),
      /^results\.json, entry 1: keypoints has 3 values, expected 51 values \(17 keypoints × x, y, score\)$/,
    ],
    [
      'box results as keypoints',
      () => message({ ...GT, annotations: [] }, DT, 'keypoints'),
      /field "annotations": is empty/,
    ],
    [
      'keypoint results as boxes',
      () => message(GT, [{ image_id: 1, category_id: 1, keypoints: [], score: 1 }]),
      /bbox is missing \(these look like keypoint results/,
    ],
    [
      'overflowing number',
      () => message(GT, JSON.stringify(DT).replace('0.9', '1e999')),
      /^results\.json, entry 1: score is Infinity/,
    ],
  ])('%s', (_name, get, pattern) => {
    expect(get()).toMatch(pattern);
  });

  it('names the entry and the field whatever field of whatever entry is broken (property)', () => {
    const fields = ['image_id', 'category_id', 'score', 'bbox'] as const;
    const bad = [null, 'x', undefined, [1, 2], -Infinity];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 39 }),
        fc.constantFrom(...fields),
        fc.constantFrom(...bad),
        (at, field, value) => {
          const dt = Array.from({ length: 40 }, (_, i) => ({ ...DT[i % 2], score: i / 40 })) as Record<
            string,
            unknown
          >[];
          (dt[at] as Record<string, unknown>)[field] = value;
          const m = message(GT, dt);
          expect(m.startsWith(`results.json, entry ${at + 1}: ${field}`)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
