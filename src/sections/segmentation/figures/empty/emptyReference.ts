/**
 * The "empty reference" figure's inputs: the scene's ground truth and the
 * default prediction, with one class optionally erased from the ground truth
 * and, on top of that, from the prediction.
 */
import { CLASS_ID } from '../../../../scenes/segmentation/classes';

/** A ground truth and a prediction of the same size. */
export interface MapPair {
  readonly gt: Uint8Array;
  readonly pred: Uint8Array;
}

/**
 * Copies of `gt` and `pred` in which class `cls` is repainted as background:
 * in the ground truth when `fromTruth`, in the prediction when
 * `fromPrediction`. With the class gone from the ground truth only, its IoU
 * has TP = FN = 0 and only false positives, so it is 0; gone from both, it is
 * 0/0.
 */
export function eraseClass(pair: MapPair, cls: number, fromTruth: boolean, fromPrediction: boolean): MapPair {
  if (pair.gt.length !== pair.pred.length) {
    throw new RangeError(`gt has ${pair.gt.length} pixels but pred has ${pair.pred.length}`);
  }
  const erase = (m: Uint8Array, on: boolean) =>
    on ? Uint8Array.from(m, (v) => (v === cls ? CLASS_ID.background : v)) : m.slice();
  return { gt: erase(pair.gt, fromTruth), pred: erase(pair.pred, fromPrediction) };
}
