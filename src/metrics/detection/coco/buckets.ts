/**
 * Stable counting sort of items by a small integer key, the grouping step of
 * the COCO evaluation (by image, by category) without per-item objects.
 */

/** Items grouped by key: the items with key k are `order[start[k] .. start[k + 1])`, in input order. */
export interface Buckets {
  readonly start: Int32Array;
  readonly order: Int32Array;
}

/**
 * Groups the items of `sequence` (default `0 .. keys.length - 1`) by `keys[item]`
 * in `[0, nKeys)`, keeping their order in the sequence within a key.
 */
export function bucketByKey(keys: Int32Array, nKeys: number, sequence?: Int32Array): Buckets {
  const seq = sequence ?? Int32Array.from(keys, (_, i) => i);
  const start = new Int32Array(nKeys + 1);
  for (let i = 0; i < seq.length; i++) {
    const k = (keys[seq[i] as number] as number) + 1;
    start[k] = (start[k] as number) + 1;
  }
  for (let k = 0; k < nKeys; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  const next = start.slice(0, nKeys);
  const order = new Int32Array(seq.length);
  for (let i = 0; i < seq.length; i++) {
    const item = seq[i] as number;
    const k = keys[item] as number;
    order[next[k] as number] = item;
    next[k] = (next[k] as number) + 1;
  }
  return { start, order };
}
