/**
 * The lesion's Dice at every radius of the slider, computed once by the
 * metrics worker (`binary_mask` on each `boundaryErrorPair`), for the
 * Dice-against-size plot. No metric math here: the worker returns each value.
 */
import { useEffect, useId, useState } from 'react';
import { getMetricClient } from '../../../worker/browserWorker';
import { boundaryErrorPair } from '../structures';
import type { BinaryMaskResult } from '../resultTypes';

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
  const base = useId();
  const key = radii.join(',');
  const [points, setPoints] = useState<SizePoint[] | undefined | string>(undefined);
  useEffect(() => {
    const list = key.split(',').map(Number);
    const client = getMetricClient();
    const channels = list.map((r) => `${base}-r${r}`);
    let live = true;
    void Promise.all(list.map((r, k) => client.request(channels[k]!, 'binary_mask', structureArgs(r)))).then(
      (outcomes) => {
        if (!live) return;
        const failed = outcomes.find((o) => o.kind === 'error');
        if (failed && failed.kind === 'error') return setPoints(failed.error);
        if (outcomes.some((o) => o.kind !== 'value')) return;
        setPoints(
          outcomes.map((o, k) => ({
            radius: list[k]!,
            dice: o.kind === 'value' ? (o.value as BinaryMaskResult).dice : null,
          })),
        );
      },
    );
    return () => {
      live = false;
      for (const c of channels) client.dispose(c);
    };
  }, [base, key]);
  return points;
}
