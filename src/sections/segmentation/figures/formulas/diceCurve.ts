/**
 * The curve of the Dice-against-IoU plot. It is a drawing of the identity
 * Dice = 2 IoU / (1 + IoU), not a metric: the reader's own point comes from
 * the worker.
 */

/** Points (IoU, Dice) of Dice = 2 IoU / (1 + IoU) for IoU = 0, 1/n, ..., 1. */
export function diceCurvePoints(n = 100): [number, number][] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  return Array.from({ length: n + 1 }, (_, k) => {
    const iou = k / n;
    return [iou, (2 * iou) / (1 + iou)];
  });
}
