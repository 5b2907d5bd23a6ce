/**
 * The lesion's Dice at every radius of the slider, computed once by the
 * metrics worker (`binary_mask` on each `boundaryErrorPair`, one batch), for
 * the Dice-against-size plot. No metric math here: the worker returns each value.
 */
import { useMemo } from 'react';
import { useMetricBatch } from '../../../../worker/useMetricBatch';
import { boundaryErrorPair } from '../../../../scenes/segmentation/structures';

/** One point of the sweep: the radius and the worker's Dice (null for 0/0). */
export interface SizePoint {
  radius: number;
  dice: number | null;
}

/** The arguments of `binary_mask` for the structure of radius `radius`. */
export function structureArgs(radius: number) {
  const pair = boundaryErrorPair(radius);
  const map = (data: Uint8Array) => ({ width: pair.size, height: pair.size, data });
  return { gt: map(pair.gt), pred: map(pair.pred) };
}

/**
 * Dice for each radius of `radii` (in order), or undefined until every value
 * has arrived, or an error message when one request failed.
 */
export function useDiceBySize(radii: readonly number[]): SizePoint[] | undefined | string {
  const key = radii.join(',');
  const list = useMemo(() => key.split(',').map(Number), [key]);
  const argsList = useMemo(() => list.map(structureArgs), [list]);
  const batch = useMetricBatch('binary_mask', argsList);
  if (batch.error !== null) return batch.error;
  return batch.value?.map((r, k) => ({ radius: list[k]!, dice: r.dice }));
}
