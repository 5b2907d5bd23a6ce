/**
 * App-only registry entries of the detection section's widgets (not
 * FORMAT.md metrics): `detection_image_counts`.
 */
import type { MetricEntry } from '../entry';
import { readOptionalNumber } from '../args';
import { MetricInputError, assertObject } from '../validate';
import type { Detection, GroundTruth } from '../detection/match';
import { type CountImage, imageCounts } from './imageCounts';

function readRecords(value: unknown, name: string): Record<string, unknown>[] {
  if (!Array.isArray(value)) throw new MetricInputError(name, 'expected an array');
  return value.map((item: unknown, i) => {
    assertObject(`${name}[${i}]`, item);
    return item;
  });
}

/**
 * `detection_image_counts`: args `images` [{ground_truths: [{box, class}],
 * detections: [{box, score, class}]}] (class optional, default 0) and
 * `iou_threshold` (default 0.5). Returns `imageCounts`: per image and for the
 * dataset TP, FP, FN, precision and recall (null where 0/0).
 */
export function detectionImageCounts(args: Record<string, unknown>) {
  const images = readRecords(args.images, 'images').map((img, i): CountImage => ({
    ground_truths: readRecords(img.ground_truths, `images[${i}].ground_truths`).map((g): GroundTruth => ({
      box: g.box as GroundTruth['box'],
      class: (g.class ?? 0) as number,
    })),
    detections: readRecords(img.detections, `images[${i}].detections`).map((d): Detection => ({
      box: d.box as Detection['box'],
      score: d.score as number,
      class: (d.class ?? 0) as number,
    })),
  }));
  return imageCounts(images, readOptionalNumber(args, 'iou_threshold', 0.5));
}

export const detectionWidgetsEntries: MetricEntry[] = [
  {
    id: 'detection_image_counts',
    title: 'Detection counts, precision and recall per image and per dataset',
    higherIsBetter: true,
    range: [0, 1],
    latex: '\\mathrm{precision} = \\frac{TP}{TP + FP},\\quad \\mathrm{recall} = \\frac{TP}{TP + FN}',
    compute: detectionImageCounts,
  },
];
