import { describe, expect, it } from 'vitest';
import { MetricInputError } from '../../validate';
import { cocoEntries } from './entries';

const entry = cocoEntries.find((e) => e.id === 'coco_eval')!;

const GT = () => ({
  images: [{ id: 1 }, { id: 2 }],
  categories: [{ id: 1 }],
  annotations: [
    { id: 1, image_id: 1, category_id: 1, bbox: [0, 0, 10, 10], area: 100, iscrowd: 0 },
    { id: 2, image_id: 2, category_id: 1, bbox: [5, 5, 10, 10], area: 100, iscrowd: 0 },
  ],
});
const DT = () => [{ image_id: 1, category_id: 1, bbox: [0, 0, 10, 10], score: 0.5 }];
const KP = Array.from({ length: 51 }, (_, i) => (i % 3 === 2 ? 2 : 10 + i));

function argumentOf(args: Record<string, unknown>): string {
  try {
    entry.compute(args);
  } catch (err) {
    expect(err).toBeInstanceOf(MetricInputError);
    return (err as MetricInputError).argument;
  }
  throw new Error('expected an error');
}

type Edit = (gt: ReturnType<typeof GT>, dt: ReturnType<typeof DT>) => Record<string, unknown> | void;

const cases: [string, string, Edit][] = [
  ['an unknown iou_type', 'iou_type', (gt, dt) => ({ iou_type: 'segm', gt, dt })],
  ['a missing gt', 'gt', (_gt, dt) => ({ iou_type: 'bbox', dt })],
  [
    'gt without images',
    'gt.images',
    (gt, dt) => ({ iou_type: 'bbox', gt: { ...gt, images: undefined }, dt }),
  ],
  [
    'gt without annotations',
    'gt.annotations',
    (gt, dt) => ({ iou_type: 'bbox', gt: { ...gt, annotations: undefined }, dt }),
  ],
  [
    'gt without categories',
    'gt.categories',
    (gt, dt) => ({ iou_type: 'bbox', gt: { ...gt, categories: null }, dt }),
  ],
  ['dt that is not a list', 'dt', (gt) => ({ iou_type: 'bbox', gt, dt: { image_id: 1 } })],
  ['an image without id', 'gt.images[1].id', (gt) => void (gt.images[1] = {} as never)],
  [
    'a negative gt box width',
    'gt.annotations[0].bbox',
    (gt) => void (gt.annotations[0]!.bbox = [0, 0, -1, 10]),
  ],
  ['a negative detection height', 'dt[0].bbox', (_gt, dt) => void (dt[0]!.bbox = [0, 0, 10, -2])],
  ['a NaN score', 'dt[0].score', (_gt, dt) => void (dt[0]!.score = NaN)],
  ['a NaN box coordinate', 'dt[0].bbox', (_gt, dt) => void (dt[0]!.bbox = [NaN, 0, 10, 10])],
  ['an infinite gt area', 'gt.annotations[1].area', (gt) => void (gt.annotations[1]!.area = Infinity)],
  ['a negative gt area', 'gt.annotations[1].area', (gt) => void (gt.annotations[1]!.area = -5)],
  ['a box with 3 numbers', 'gt.annotations[0].bbox', (gt) => void (gt.annotations[0]!.bbox = [0, 0, 10])],
  ['a detection on an unknown image', 'dt[0].image_id', (_gt, dt) => void (dt[0]!.image_id = 9)],
  ['a detection of an unknown category', 'dt[0].category_id', (_gt, dt) => void (dt[0]!.category_id = 4)],
  ['a gt on an unknown image', 'gt.annotations[1].image_id', (gt) => void (gt.annotations[1]!.image_id = 7)],
  [
    'a gt of an unknown category',
    'gt.annotations[0].category_id',
    (gt) => void (gt.annotations[0]!.category_id = 3),
  ],
  ['a gt id of 0', 'gt.annotations[0].id', (gt) => void (gt.annotations[0]!.id = 0)],
  ['a repeated gt id', 'gt.annotations[1].id', (gt) => void (gt.annotations[1]!.id = 1)],
  ['a detection that is not an object', 'dt[0]', (_gt, dt) => void (dt[0] = 3 as never)],
  ['sigmas with bbox', 'sigmas', (gt, dt) => ({ iou_type: 'bbox', gt, dt, sigmas: [0.1] })],
];

describe('coco_eval refuses invalid input, naming the argument', () => {
  for (const [what, argument, edit] of cases) {
    it(`refuses ${what} (${argument})`, () => {
      const gt = GT();
      const dt = DT();
      const args = edit(gt, dt) ?? { iou_type: 'bbox', gt, dt };
      expect(argumentOf(args)).toBe(argument);
    });
  }

  it('accepts the unedited input (so the refusals above are about the edit)', () => {
    expect(() => entry.compute({ iou_type: 'bbox', gt: GT(), dt: DT() })).not.toThrow();
  });

  it('refuses keypoints of the wrong length and a non-positive sigma', () => {
    const gt = {
      images: [{ id: 1 }],
      categories: [{ id: 1 }],
      annotations: [{ id: 1, image_id: 1, category_id: 1, bbox: [0, 0, 50, 50], area: 900, keypoints: KP }],
    };
    const dt = [{ image_id: 1, category_id: 1, keypoints: KP.slice(0, 48), score: 1 }];
    expect(argumentOf({ iou_type: 'keypoints', gt, dt })).toBe('dt[0].keypoints');
    const good = [{ ...dt[0], keypoints: KP }];
    expect(() => entry.compute({ iou_type: 'keypoints', gt, dt: good })).not.toThrow();
    expect(argumentOf({ iou_type: 'keypoints', gt, dt: good, sigmas: [0, ...Array(16).fill(0.1)] })).toBe(
      'sigmas',
    );
    // 17 keypoints in the data but 5 sigmas: the lengths disagree.
    expect(argumentOf({ iou_type: 'keypoints', gt, dt: good, sigmas: [0.1, 0.1, 0.1, 0.1, 0.1] })).toBe(
      'gt.annotations[0].keypoints',
    );
  });
});
