import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundaryErrorPair, discMask, erodeOnce } from './structures';

const area = (m: Uint8Array) => m.reduce((n, v) => n + v, 0);

describe('discMask', () => {
  it('radius 0 is the centre pixel, radius 1 a plus of 5, radius 2 a disc of 13', () => {
    expect(area(discMask(5, 0))).toBe(1);
    expect(discMask(5, 0)[12]).toBe(1);
    expect(area(discMask(5, 1))).toBe(5);
    expect(area(discMask(7, 2))).toBe(13);
  });

  it('has about pi r^2 pixels for a large radius', () => {
    expect(Math.abs(area(discMask(101, 40)) - Math.PI * 1600) / (Math.PI * 1600)).toBeLessThan(0.01);
  });

  it('refuses a bad size or radius', () => {
    expect(() => discMask(0, 1)).toThrow(RangeError);
    expect(() => discMask(5, -1)).toThrow(RangeError);
    expect(() => discMask(5, Number.NaN)).toThrow(RangeError);
  });
});

describe('erodeOnce', () => {
  it('removes the pixels that touch the outside', () => {
    const m = Uint8Array.from([0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(erodeOnce(m, 5))).toEqual(Array.from(m, (_, i) => (i === 12 ? 1 : 0)));
  });

  it('treats the map edge as outside', () => {
    expect(area(erodeOnce(new Uint8Array(9).fill(1), 3))).toBe(1);
  });

  it('never adds pixels', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16, max: 1 }), (m) => {
        erodeOnce(m, 4).forEach((v, i) => {
          if (v) expect(m[i]).toBe(1);
        });
      }),
    );
  });
});

describe('boundaryErrorPair', () => {
  it('predicts the disc without its outer layer, fully inside the truth', () => {
    const { size, gt, pred } = boundaryErrorPair(3);
    expect(size).toBe(13);
    expect(area(gt)).toBe(29);
    expect(area(pred)).toBe(13);
    pred.forEach((v, i) => {
      if (v) expect(gt[i]).toBe(1);
    });
  });

  it('the overlap ratio 2|P|/(|G|+|P|) grows with the radius: small structures pay more for the same error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 44 }), (r) => {
        const dice = (k: number) => {
          const { gt, pred } = boundaryErrorPair(k);
          return (2 * area(pred)) / (area(gt) + area(pred));
        };
        expect(dice(r + 1)).toBeGreaterThan(dice(r));
      }),
    );
  });

  it('refuses a radius below 1', () => {
    expect(() => boundaryErrorPair(0)).toThrow(RangeError);
  });
});
