/**
 * Names for the worker results this section reads, derived from the entries'
 * declarations (nothing restated by hand).
 */
import type { MetricResult } from '../../worker/door';
import type { MetricState } from '../../worker/protocol';

/** `segmentation`. */
export type SegmentationResult = MetricResult<'segmentation'>;
/** `binary_mask`. */
export type BinaryMaskResult = MetricResult<'binary_mask'>;
/** `miou_conventions`. */
export type ConventionsResult = MetricResult<'miou_conventions'>;
/** mIoU (or mean Dice) under each 0/0 convention. */
export type ConventionMeans = ConventionsResult['miou'];
/** What a figure receives of one request: the newest value, pending flag and error. */
export type MetricView<T> = MetricState<T>;
