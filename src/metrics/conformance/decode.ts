/**
 * Decoding of the non-finite encodings of reference cases: the strings "inf",
 * "-inf" and "nan" stand for the IEEE values, in args as in expected values.
 */

/** Recursively replaces "inf", "-inf" and "nan" strings by their numbers. */
export function decodeNonFinite(value: unknown): unknown {
  if (value === 'inf') return Infinity;
  if (value === '-inf') return -Infinity;
  if (value === 'nan') return NaN;
  if (Array.isArray(value)) return value.map(decodeNonFinite);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = decodeNonFinite(v);
    return out;
  }
  return value;
}
