/**
 * Input checks shared by every metric. Each throws a MetricInputError whose
 * message names the offending argument, so the worker can show it to the
 * reader instead of a silently wrong number.
 */

/** Error thrown for invalid metric input; the message always names the argument. */
export class MetricInputError extends Error {
  constructor(
    readonly argument: string,
    /** What is wrong, without the argument name. */
    readonly detail: string,
  ) {
    super(`${argument}: ${detail}`);
    this.name = 'MetricInputError';
  }
}

/** Throws unless `value` is a finite number. */
export function assertFinite(name: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MetricInputError(name, `expected a finite number, got ${String(value)}`);
  }
}

/** Throws unless `value` is a non-negative integer. */
export function assertNonNegativeInt(name: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new MetricInputError(name, `expected a non-negative integer, got ${String(value)}`);
  }
}

/** Throws unless `value` is a positive integer. */
export function assertPositiveInt(name: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new MetricInputError(name, `expected a positive integer, got ${String(value)}`);
  }
}

/** Throws unless `value` is array-like with every element a finite number. */
export function assertFiniteArray(name: string, value: unknown): asserts value is ArrayLike<number> {
  if (!isArrayLike(value)) throw new MetricInputError(name, 'expected an array of numbers');
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new MetricInputError(name, `element ${i} is ${String(v)}, expected a finite number`);
    }
  }
}

/** Throws unless two lengths are equal. */
export function assertSameLength(nameA: string, a: number, nameB: string, b: number): void {
  if (a !== b) {
    throw new MetricInputError(`${nameA}, ${nameB}`, `lengths differ (${a} vs ${b})`);
  }
}

/** True for arrays and typed arrays. */
export function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

/** Throws unless `value` is a plain object (not null, not an array). */
export function assertObject(name: string, value: unknown): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MetricInputError(name, 'expected an object');
  }
}
