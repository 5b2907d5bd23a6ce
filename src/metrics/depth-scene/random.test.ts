import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gaussianField, mulberry32 } from './random';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const sa = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(sa);
    expect([c(), c(), c()]).not.toEqual(sa);
  });

  it('stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const r = mulberry32(seed);
        for (let i = 0; i < 50; i++) {
          const x = r();
          if (!(x >= 0 && x < 1)) return false;
        }
        return true;
      }),
    );
  });
});

describe('gaussianField', () => {
  it('has mean near 0 and variance near 1 over many samples', () => {
    const z = gaussianField(100_000, 12345);
    let s = 0;
    let s2 = 0;
    for (const v of z) {
      s += v;
      s2 += v * v;
    }
    const mean = s / z.length;
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(s2 / z.length - mean * mean - 1)).toBeLessThan(0.02);
  });

  it('is finite and deterministic for any seed', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 200 }), (seed, n) => {
        const a = gaussianField(n, seed);
        const b = gaussianField(n, seed);
        return a.length === n && a.every((v, i) => Number.isFinite(v) && v === b[i]);
      }),
    );
  });
});
