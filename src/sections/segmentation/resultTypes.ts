/**
 * The shapes of the worker results this section reads (main-thread code may
 * not import metric code, so the fields it uses are restated here; see
 * src/metrics/segmentation/segmentationMetrics.ts and
 * src/metrics/segmentation-widgets/entries.ts).
 */
import type { Maybe } from '../../metrics/types';

/** Fields of the `segmentation` result used here; per-class arrays by class id. */
export interface SegmentationResult {
  confusion: number[][];
  pixel_accuracy: Maybe;
  miou: Maybe;
  mdice: Maybe;
  iou: Maybe[];
  dice: Maybe[];
  precision: Maybe[];
  recall: Maybe[];
  tp: number[];
  fp: number[];
  fn: number[];
}

/** Fields of the `binary_mask` result. */
export interface BinaryMaskResult {
  iou: Maybe;
  dice: Maybe;
  precision: Maybe;
  recall: Maybe;
  pixel_accuracy: Maybe;
}

/** Class means under three conventions for 0/0 (`miou_conventions`). */
export interface ConventionMeans {
  skip: Maybe;
  one: Maybe;
  zero: Maybe;
  undefinedClasses: number[];
}

/** The `miou_conventions` result. */
export interface ConventionsResult {
  iou: Maybe[];
  dice: Maybe[];
  miou: ConventionMeans;
  mdice: ConventionMeans;
}

/** What a figure receives of a worker request: as `useMetric` returns it. */
export interface MetricView<T> {
  value: T | undefined;
  pending: boolean;
  error: string | null;
}
