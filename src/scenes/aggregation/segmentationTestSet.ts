/**
 * A seeded test set for "per image or pooled?" in segmentation: n small
 * images (48x36, classes 0 background and 1 lesion), each with one round
 * lesion whose radius is log-uniform between 1 and 12 pixels, so most
 * lesions are small and a few are large. Two simulated models:
 * - model a outlines every lesion of radius 3 px or more exactly and misses
 *   the smaller ones entirely;
 * - model b finds every lesion but draws it one pixel to the right.
 * Pooled over the set's pixels (mmsegmentation's mIoU: one confusion
 * matrix for the whole set, then IoU per class), the large lesions dominate
 * and a wins; averaged per image, every missed small lesion costs a an IoU
 * of 0 and b wins. Both means use the metrics package's confusion counts.
 */
import { mulberry32 } from '../../lib/random';
import { accumulateSegmentation, createSegmentationCounts } from '../../metrics/segmentation/confusion';
import { reduceSegmentation } from '../../metrics/segmentation/segmentationMetrics';
import type { LabelMap } from '../../metrics/types';
import { checkImageCount, meanOfDefined, type ModelAggregate } from './testSet';

const W = 48;
const H = 36;
/** Model a misses lesions with a radius below this (pixels). */
export const MISSED_RADIUS = 3;

/** One image of the test set: its ground truth and both models' predictions. */
export interface SegmentationTestImage {
  radius: number;
  gt: LabelMap;
  a: LabelMap;
  b: LabelMap;
}

function disc(cx: number, cy: number, r: number): Uint8Array {
  const out = new Uint8Array(W * H);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r) out[y * W + x] = 1;
  return out;
}

const map = (data: Uint8Array): LabelMap => ({ width: W, height: H, data });

/** The n images of the seeded test set (deterministic in n and seed; image i does not depend on n). */
export function segmentationTestImages(n: number, seed: number): SegmentationTestImage[] {
  checkImageCount(n);
  const rand = mulberry32(seed);
  const out: SegmentationTestImage[] = [];
  for (let i = 0; i < n; i++) {
    const radius = Math.exp(rand() * Math.log(12));
    const cx = radius + 1 + rand() * (W - 2 * radius - 3);
    const cy = Math.min(H - radius - 1, radius + 1 + rand() * Math.max(0, H - 2 * radius - 2));
    const gt = disc(cx, cy, radius);
    const a = radius >= MISSED_RADIUS ? gt : new Uint8Array(W * H);
    out.push({ radius, gt: map(gt), a: map(a), b: map(disc(cx + 1, cy, radius)) });
  }
  return out;
}

/** What `aggregation_segmentation` returns: mIoU and mean Dice of both models, per image and pooled. */
export interface SegmentationAggregation {
  miou: { a: ModelAggregate; b: ModelAggregate };
  mdice: { a: ModelAggregate; b: ModelAggregate };
  /** Lesion radius of each image (pixels). */
  radii: number[];
}

/**
 * Scores both models on the seeded test set: per image (mIoU and mean Dice
 * over the two classes of that image, then the mean over images) and pooled
 * (one confusion matrix over all images, then mIoU and mean Dice).
 */
export function segmentationAggregation(n: number, seed: number): SegmentationAggregation {
  const images = segmentationTestImages(n, seed);
  const summarise = (pick: (im: SegmentationTestImage) => LabelMap) => {
    const pooled = createSegmentationCounts(2);
    const miou: (number | null)[] = [];
    const mdice: (number | null)[] = [];
    for (const im of images) {
      const one = reduceSegmentation(accumulateSegmentation(createSegmentationCounts(2), im.gt, pick(im)));
      miou.push(one.miou);
      mdice.push(one.mdice);
      accumulateSegmentation(pooled, im.gt, pick(im));
    }
    const all = reduceSegmentation(pooled);
    return {
      miou: { per_image_scores: miou, per_image: meanOfDefined(miou), pooled: all.miou },
      mdice: { per_image_scores: mdice, per_image: meanOfDefined(mdice), pooled: all.mdice },
    };
  };
  const a = summarise((im) => im.a);
  const b = summarise((im) => im.b);
  return {
    miou: { a: a.miou, b: b.miou },
    mdice: { a: a.mdice, b: b.mdice },
    radii: images.map((im) => im.radius),
  };
}
