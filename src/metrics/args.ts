/**
 * Readers that turn loosely typed registry arguments (JSON from a reference
 * case, or a worker message) into checked values. Every failure throws a
 * MetricInputError naming the argument.
 */
import type { LabelMap, NumArray, Raster } from './types';
import {
  MetricInputError,
  assertFinite,
  assertFiniteArray,
  assertObject,
  assertPositiveInt,
  isArrayLike,
} from './validate';

/** A required finite number. */
export function readNumber(args: Record<string, unknown>, name: string): number {
  const v = args[name];
  assertFinite(name, v);
  return v;
}

/** An optional finite number with a default. */
export function readOptionalNumber(args: Record<string, unknown>, name: string, fallback: number): number {
  return args[name] === undefined || args[name] === null ? fallback : readNumber(args, name);
}

/** A required number that may be infinite but not NaN. */
export function readExtendedNumber(args: Record<string, unknown>, name: string): number {
  const v = args[name];
  if (typeof v !== 'number' || Number.isNaN(v)) {
    throw new MetricInputError(name, `expected a number, got ${String(v)}`);
  }
  return v;
}

/** An optional boolean with a default. */
export function readBool(args: Record<string, unknown>, name: string, fallback: boolean): boolean {
  const v = args[name];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'boolean') throw new MetricInputError(name, `expected true or false, got ${String(v)}`);
  return v;
}

/** A required positive integer. */
export function readPositiveInt(args: Record<string, unknown>, name: string): number {
  const v = args[name];
  assertPositiveInt(name, v);
  return v;
}

/** A required array of finite numbers. */
export function readNumArray(args: Record<string, unknown>, name: string): NumArray {
  const v = args[name];
  assertFiniteArray(name, v);
  return v;
}

/** A required matrix: array of rows of finite numbers, all rows the same length. */
export function readMatrix(args: Record<string, unknown>, name: string): number[][] {
  const v = args[name];
  if (!Array.isArray(v)) throw new MetricInputError(name, 'expected an array of rows');
  let cols = -1;
  return v.map((row: unknown, i) => {
    assertFiniteArray(`${name}[${i}]`, row);
    if (cols === -1) cols = row.length;
    else if (row.length !== cols) {
      throw new MetricInputError(name, `row ${i} has ${row.length} entries, expected ${cols}`);
    }
    return Array.from(row);
  });
}

function readGrid(
  name: string,
  v: unknown,
  channels: number,
): { width: number; height: number; data: NumArray } {
  assertObject(name, v);
  assertPositiveInt(`${name}.width`, v.width);
  assertPositiveInt(`${name}.height`, v.height);
  const data = v.data;
  if (!isArrayLike(data)) throw new MetricInputError(`${name}.data`, 'expected an array of numbers');
  const expected = v.width * v.height * channels;
  if (data.length !== expected) {
    throw new MetricInputError(
      `${name}.data`,
      `has ${data.length} values, expected ${expected} (width x height x channels)`,
    );
  }
  assertFiniteArray(`${name}.data`, data);
  return { width: v.width, height: v.height, data };
}

/** A required Raster ({width, height, channels, data}). */
export function readRaster(args: Record<string, unknown>, name: string): Raster {
  const v = args[name];
  assertObject(name, v);
  const channels = v.channels ?? 1;
  assertPositiveInt(`${name}.channels`, channels);
  return { ...readGrid(name, v, channels), channels };
}

/** A required LabelMap ({width, height, data}). */
export function readLabelMap(args: Record<string, unknown>, name: string): LabelMap {
  return readGrid(name, args[name], 1);
}
