/**
 * Valibot schemas of the argument kinds registry entries share (FORMAT.md
 * encodings). `parseArgs` turns the first failing check into a
 * MetricInputError naming the argument.
 */
import * as v from 'valibot';
import type { LabelMap, NumArray, Raster } from './types';
import { boxXywh } from '../lib/geometry';
import { isArrayLike } from './validate';

/** A finite number. */
export const finite = v.pipe(v.number(), v.finite('expected a finite number'));

/** A number that may be infinite but not NaN. */
export const extended = v.number('expected a number');

/** An integer. */
export const integer = v.pipe(v.number(), v.integer('expected an integer'));

/** A positive integer. */
export const positiveInt = v.pipe(
  v.number(),
  v.integer('expected a positive integer'),
  v.minValue(1, 'expected a positive integer'),
);

/** An optional finite number with a default (null counts as absent). */
export function optionalNumber(fallback: number) {
  return v.nullish(finite, fallback);
}

/** An optional finite number without a default (null becomes undefined). */
export const maybeNumber = v.pipe(
  v.nullish(finite),
  v.transform((x) => x ?? undefined),
);

/** An optional boolean with a default (null counts as absent). */
export function flag(fallback: boolean) {
  return v.nullish(v.boolean('expected true or false'), fallback);
}

function isFiniteArray(x: unknown): x is NumArray {
  if (!isArrayLike(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e = x[i];
    if (typeof e !== 'number' || !Number.isFinite(e)) return false;
  }
  return true;
}

/** An array (or typed array) of finite numbers. */
export const numArray = v.custom<NumArray>(isFiniteArray, 'expected an array of finite numbers');

/** An optional array of booleans (null becomes undefined). */
export const maybeBools = v.pipe(
  v.nullish(v.array(v.boolean('expected true or false'))),
  v.transform((x) => x ?? undefined),
);

/** A matrix: an array of rows of finite numbers, all rows the same length. */
export const matrix = v.pipe(
  v.array(numArray, 'expected an array of rows'),
  v.check((rows) => rows.every((r) => r.length === rows[0]?.length), 'rows differ in length'),
  v.transform((rows) => rows.map((r) => Array.from(r))),
);

function grid(channels: (g: { channels?: number }) => number, what: string) {
  return v.pipe(
    v.object(
      {
        width: positiveInt,
        height: positiveInt,
        channels: v.optional(positiveInt),
        data: numArray,
      },
      'expected an object',
    ),
    v.forward(
      v.check(
        (g) => g.data.length === g.width * g.height * channels(g),
        `has the wrong number of values, expected ${what}`,
      ),
      ['data'],
    ),
  );
}

/** A Raster ({width, height, channels (default 1), data}); data has width x height x channels values. */
export const raster = v.pipe(
  grid((g) => g.channels ?? 1, 'width x height x channels'),
  v.transform((g): Raster => ({ width: g.width, height: g.height, channels: g.channels ?? 1, data: g.data })),
);

/** A LabelMap ({width, height, data}); data has width x height values. */
export const labelMap = v.pipe(
  grid(() => 1, 'width x height'),
  v.transform((g): LabelMap => ({ width: g.width, height: g.height, data: g.data })),
);

/** An optional Raster (null becomes null). */
export const maybeRaster = v.pipe(
  v.nullish(raster),
  v.transform((x) => x ?? null),
);

/**
 * An argument the metric function checks itself, naming the argument in its
 * own MetricInputError; `T` is the type callers pass.
 */
export function checkedInside<T>() {
  return v.custom<T>(() => true);
}

/**
 * An argument read by a hand-written reader `read(name, value)` that throws
 * MetricInputError with names relative to `name` (called with `''`;
 * `parseArgs` prefixes the argument's name). `In` is the type callers pass.
 */
export function reader<In, Out = In>(read: (name: string, value: unknown) => Out) {
  return v.pipe(
    v.custom<In>(() => true),
    v.transform((x) => read('', x)),
  );
}

/** An object whose fields the metric function checks itself, naming them; `T` is the type callers pass. */
export function objectOf<T extends object>() {
  return v.custom<T>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'expected an object');
}

function isBoxLike(b: unknown): b is readonly number[] {
  return (
    isArrayLike(b) &&
    b.length === 4 &&
    Array.from(b).every((x) => typeof x === 'number' && Number.isFinite(x))
  );
}

/** A box [x, y, width, height] of finite numbers with width, height >= 0 (COCO convention). */
export const box = v.pipe(
  v.custom<readonly number[]>(isBoxLike, 'expected a box [x, y, width, height] of finite numbers'),
  v.check((b) => b[2]! >= 0 && b[3]! >= 0, 'width and height must be >= 0'),
  v.transform((b) => boxXywh(b[0]!, b[1]!, b[2]!, b[3]!)),
);
