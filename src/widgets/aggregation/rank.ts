/**
 * Which of two models a metric puts first, for the "per image or pooled?"
 * verdict line.
 */

/** The leader of two scores: `a`, `b`, `tie`, or null when either is missing. */
export function leader(
  a: number | null | undefined,
  b: number | null | undefined,
  higherIsBetter: boolean,
): 'a' | 'b' | 'tie' | null {
  if (a === null || a === undefined || b === null || b === undefined) return null;
  if (a === b) return 'tie';
  return a > b === higherIsBetter ? 'a' : 'b';
}

/** The images both models have a defined score on, as two aligned arrays (paired bootstrap input). */
export function pairedScores(
  a: readonly (number | null)[],
  b: readonly (number | null)[],
): { a: number[]; b: number[] } {
  const outA: number[] = [];
  const outB: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === null || x === undefined || y === null || y === undefined) continue;
    outA.push(x);
    outB.push(y);
  }
  return { a: outA, b: outB };
}

/** The defined scores of one model (bootstrap input of a single model). */
export function definedScores(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null && v !== undefined);
}
