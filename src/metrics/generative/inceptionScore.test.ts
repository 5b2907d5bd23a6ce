import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inceptionScore } from './inceptionScore';

describe('Inception Score', () => {
  it('is the number of classes for confident, evenly spread predictions', () => {
    const eye = [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ];
    expect(inceptionScore(eye, 1).mean).toBeCloseTo(3, 14);
  });

  it('is 1 when every row is the same distribution', () => {
    const r = inceptionScore(
      [
        [0.2, 0.8],
        [0.2, 0.8],
        [0.2, 0.8],
        [0.2, 0.8],
      ],
      2,
    );
    expect(r.mean).toBeCloseTo(1, 14);
    expect(r.std).toBe(0);
  });

  it('matches a hand-worked KL average, treating 0 log 0 as 0', () => {
    // p(y) = (0.75, 0.25); KL1 = ln(4/3); KL2 = 0.5 ln(2/3) + 0.5 ln 2.
    const kl = (Math.log(4 / 3) + 0.5 * Math.log(2 / 3) + 0.5 * Math.log(2)) / 2;
    expect(
      inceptionScore(
        [
          [1, 0],
          [0.5, 0.5],
        ],
        1,
      ).mean,
    ).toBeCloseTo(Math.exp(kl), 14);
  });

  it('uses consecutive splits of floor(N / splits) rows, drops the remainder, and reports the population std', () => {
    // Split 1 = two different one-hot rows (score 2); split 2 = two equal rows (score 1); row 5 dropped.
    const r = inceptionScore(
      [
        [1, 0],
        [0, 1],
        [1, 0],
        [1, 0],
        [0, 1],
      ],
      2,
    );
    expect(r.splitScores.map((v) => Number(v.toFixed(12)))).toEqual([2, 1]);
    expect(r.mean).toBeCloseTo(1.5, 12);
    expect(r.std).toBeCloseTo(0.5, 12);
  });

  it('normalises rows like scipy.stats.entropy, and stays within [1, number of classes]', () => {
    const rows = fc.array(
      fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
      { minLength: 2, maxLength: 12 },
    );
    fc.assert(
      fc.property(rows, fc.double({ min: 0.1, max: 10, noNaN: true }), (raw, k) => {
        // The [1, K] bound needs p(y) to be the mixture of the rows: normalise them first.
        const p = raw.map((row) => row.map((v) => v / row.reduce((s, x) => s + x, 0)));
        const r = inceptionScore(p, 1);
        expect(r.mean).toBeGreaterThanOrEqual(1 - 1e-9);
        expect(r.mean).toBeLessThanOrEqual(4 + 1e-9);
        expect(
          Math.abs(
            inceptionScore(
              p.map((row) => row.map((v) => v * k)),
              1,
            ).mean - r.mean,
          ),
        ).toBeLessThan(1e-12);
      }),
    );
  });

  it('refuses negative probabilities, zero rows and bad split counts, naming the argument', () => {
    expect(() => inceptionScore([[1, -0.1]], 1)).toThrow(/^probs:/);
    expect(() =>
      inceptionScore(
        [
          [0, 0],
          [1, 0],
        ],
        1,
      ),
    ).toThrow(/^probs: row 0 sums to 0/);
    expect(() => inceptionScore([[1, 0]], 2)).toThrow(/^splits:/);
    expect(() => inceptionScore([[1, 0]], 0)).toThrow(/^splits:/);
    expect(() => inceptionScore([[1, 0], [1]], 1)).toThrow(/^probs:/);
    expect(() => inceptionScore([], 1)).toThrow(/^probs:/);
  });
});
