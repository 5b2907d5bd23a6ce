/**
 * Small readers for fields of COCO JSON records. They check one value and
 * build the argument path of the error message (`dt[7].score`) only when the
 * check fails, so that reading half a million detections allocates nothing.
 */
import { MetricInputError } from '../../validate';

/** `base[index].key`, the argument name used in error messages. */
export function fieldPath(base: string, index: number, key?: string): string {
  return key === undefined ? `${base}[${index}]` : `${base}[${index}].${key}`;
}

/** The record at `list[index]`, which must be a plain object. */
export function recordAt(list: readonly unknown[], base: string, index: number): Record<string, unknown> {
  const v = list[index];
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new MetricInputError(fieldPath(base, index), 'expected an object');
  }
  return v as Record<string, unknown>;
}

/** A required finite number field. */
export function finiteField(rec: Record<string, unknown>, key: string, base: string, index: number): number {
  const v = rec[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new MetricInputError(fieldPath(base, index, key), `expected a finite number, got ${String(v)}`);
  }
  return v;
}

/** A required array field of exactly `length` finite numbers, copied into `out` at `offset`. */
export function copyNumbers(
  rec: Record<string, unknown>,
  key: string,
  base: string,
  index: number,
  length: number,
  out: Float64Array,
  offset: number,
): void {
  const v = rec[key];
  if (!Array.isArray(v) && !(ArrayBuffer.isView(v) && !(v instanceof DataView))) {
    throw new MetricInputError(fieldPath(base, index, key), `expected an array of ${length} numbers`);
  }
  const arr = v as ArrayLike<unknown>;
  if (arr.length !== length) {
    throw new MetricInputError(fieldPath(base, index, key), `has ${arr.length} values, expected ${length}`);
  }
  for (let j = 0; j < length; j++) {
    const x = arr[j];
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      throw new MetricInputError(
        fieldPath(base, index, key),
        `element ${j} is ${String(x)}, expected a finite number`,
      );
    }
    out[offset + j] = x;
  }
}

/** A COCO box `[x, y, w, h]` with finite values and non-negative width and height, copied into `out`. */
export function copyBox(
  rec: Record<string, unknown>,
  base: string,
  index: number,
  out: Float64Array,
  offset: number,
): void {
  copyNumbers(rec, 'bbox', base, index, 4, out, offset);
  if ((out[offset + 2] as number) < 0 || (out[offset + 3] as number) < 0) {
    throw new MetricInputError(
      fieldPath(base, index, 'bbox'),
      `width and height must be >= 0, got ${out[offset + 2]} x ${out[offset + 3]}`,
    );
  }
}

/** The required list `value` (an array), or an error naming `name`. */
export function listArg(value: unknown, name: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new MetricInputError(name, 'expected an array');
  return value;
}

/** The index in `index` of the id field `rec[key]`, or an error naming the field when the id is unknown. */
export function idIndexField(
  rec: Record<string, unknown>,
  key: string,
  base: string,
  i: number,
  index: Map<number, number>,
  what: string,
): number {
  const id = finiteField(rec, key, base, i);
  const at = index.get(id);
  if (at === undefined)
    throw new MetricInputError(fieldPath(base, i, key), `${id} is not the id of any ${what}`);
  return at;
}
