/**
 * Accumulate step of the semantic-segmentation metrics: a per-class confusion
 * matrix over label maps (torchmetrics style: accumulate counts over one or
 * many images, then reduce them with `reduceSegmentation`).
 */
import type { LabelMap } from '../types';
import { MetricInputError, assertPositiveInt, isArrayLike } from '../validate';

/** Pixel counts gathered over one or more (gt, pred) label-map pairs. */
export interface SegmentationCounts {
  numClasses: number;
  /** Row-major numClasses x numClasses: confusion[t * numClasses + p] = pixels of true class t predicted as p. */
  confusion: Float64Array;
  /** Per true class: pixels whose prediction is `ignore_index` (no prediction: a false negative, no false positive). */
  unpredicted: Float64Array;
  /** Pixels dropped because their ground truth is `ignore_index`. */
  ignored: number;
}

/** Empty counts for `numClasses` classes. */
export function createSegmentationCounts(numClasses: number): SegmentationCounts {
  assertPositiveInt('num_classes', numClasses);
  return {
    numClasses,
    confusion: new Float64Array(numClasses * numClasses),
    unpredicted: new Float64Array(numClasses),
    ignored: 0,
  };
}

function checkMap(name: string, m: LabelMap): void {
  if (typeof m !== 'object' || m === null) throw new MetricInputError(name, 'expected a label map');
  assertPositiveInt(`${name}.width`, m.width);
  assertPositiveInt(`${name}.height`, m.height);
  if (!isArrayLike(m.data)) throw new MetricInputError(`${name}.data`, 'expected an array of class ids');
  if (m.data.length !== m.width * m.height) {
    throw new MetricInputError(`${name}.data`, `has ${m.data.length} values, expected ${m.width * m.height}`);
  }
}

function badLabel(name: string, i: number, v: number, n: number, ignoreIndex: number | undefined): never {
  const allowed = ignoreIndex === undefined ? '' : ` or ignore_index ${ignoreIndex}`;
  throw new MetricInputError(
    `${name}.data`,
    `pixel ${i} holds ${String(v)}, expected an integer class id in [0, ${n - 1}]${allowed}`,
  );
}

/**
 * Adds the pixels of one (gt, pred) pair to `counts`, in one pass over the
 * data (plain arrays or typed arrays such as Uint8Array / Int32Array).
 *
 * As mmsegmentation `intersect_and_union` (mmseg/core/evaluation/metrics.py
 * @020acda): pixels whose gt is `ignoreIndex` are dropped; a prediction equal
 * to `ignoreIndex` (outside [0, numClasses)) is no prediction, so it counts
 * in the true class's area (a false negative) and in no class's predicted
 * area (mmsegmentation's `torch.histc` skips it). A prediction inside
 * [0, numClasses) is always a class, even if it equals `ignoreIndex`.
 *
 * Departure from mmsegmentation, which silently drops any other label
 * outside [0, numClasses): such a label, or a non-integer one, throws a
 * MetricInputError naming `gt.data` or `pred.data`. Maps of different sizes
 * throw too. On a throw `counts` may hold part of the pair.
 */
export function accumulateSegmentation(
  counts: SegmentationCounts,
  gt: LabelMap,
  pred: LabelMap,
  ignoreIndex?: number,
): SegmentationCounts {
  checkMap('gt', gt);
  checkMap('pred', pred);
  if (gt.width !== pred.width || gt.height !== pred.height) {
    throw new MetricInputError(
      'gt, pred',
      `sizes differ (${gt.width}x${gt.height} vs ${pred.width}x${pred.height})`,
    );
  }
  if (ignoreIndex !== undefined && !Number.isInteger(ignoreIndex)) {
    throw new MetricInputError('ignore_index', `expected an integer, got ${String(ignoreIndex)}`);
  }
  const n = counts.numClasses;
  const conf = counts.confusion;
  const unpred = counts.unpredicted;
  const g = gt.data;
  const p = pred.data;
  // NaN never equals a label, so with no ignore_index nothing is ignored.
  const ign = ignoreIndex ?? NaN;
  const len = g.length;
  let ignored = 0;
  for (let i = 0; i < len; i++) {
    const t = g[i] as number;
    if (t === ign) {
      ignored++;
      continue;
    }
    if (!(t >= 0 && t < n) || (t | 0) !== t) badLabel('gt', i, t, n, ignoreIndex);
    const q = p[i] as number;
    if (q >= 0 && q < n && (q | 0) === q) conf[t * n + q]!++;
    else if (q === ign) unpred[t]!++;
    else badLabel('pred', i, q, n, ignoreIndex);
  }
  counts.ignored += ignored;
  return counts;
}
