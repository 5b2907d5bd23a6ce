/**
 * Structural equality of JSON-like values (plain objects, arrays, strings,
 * finite numbers, booleans, null). Widget states are compared with it to decide
 * whether a state is the default one and can be left out of share links.
 */

/**
 * True when `a` and `b` are the same JSON value: arrays element by element,
 * objects key by key regardless of key order; `undefined` object members count
 * as absent, as in `JSON.stringify`.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => jsonEqual(item, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keysA = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const keysB = Object.keys(rb).filter((k) => rb[k] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && jsonEqual(ra[k], rb[k]));
}
