import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastCheckParameters } from '../../scripts/fuzzSeed';

describe('vitest setup', () => {
  it('configures fast-check with the seed of the environment (the fixed one unless FC_SEED is set)', () => {
    expect(fc.readConfigureGlobal()).toMatchObject(fastCheckParameters(process.env));
  });

  it('makes two properties without their own seed draw the same values', () => {
    const draw = () => {
      const seen: number[] = [];
      fc.assert(
        fc.property(fc.integer(), (x) => {
          seen.push(x);
        }),
        { numRuns: 5 },
      );
      return seen;
    };
    // Without a global seed each fc.assert picks Date.now() ^ random, and these would differ.
    expect(draw()).toEqual(draw());
  });
});
