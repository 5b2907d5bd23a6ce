import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eraseClass } from './emptyReference';

describe('eraseClass', () => {
  const pair = { gt: Uint8Array.from([0, 3, 3, 2]), pred: Uint8Array.from([3, 3, 0, 2]) };

  it('erases the class from the ground truth only', () => {
    const out = eraseClass(pair, 3, true, false);
    expect(Array.from(out.gt)).toEqual([0, 0, 0, 2]);
    expect(Array.from(out.pred)).toEqual([3, 3, 0, 2]);
  });

  it('erases it from both', () => {
    const out = eraseClass(pair, 3, true, true);
    expect(Array.from(out.gt)).toEqual([0, 0, 0, 2]);
    expect(Array.from(out.pred)).toEqual([0, 0, 0, 2]);
  });

  it('returns copies and leaves the inputs alone', () => {
    const out = eraseClass(pair, 3, false, false);
    expect(out.gt).not.toBe(pair.gt);
    expect(Array.from(out.gt)).toEqual([0, 3, 3, 2]);
    eraseClass(pair, 3, true, true);
    expect(Array.from(pair.gt)).toEqual([0, 3, 3, 2]);
  });

  it('refuses maps of different sizes', () => {
    expect(() => eraseClass({ gt: new Uint8Array(2), pred: new Uint8Array(3) }, 1, true, false)).toThrow(
      RangeError,
    );
  });

  it('after erasing from both, the class occurs nowhere and other pixels are unchanged', () => {
    const labels = fc.uint8Array({ minLength: 8, maxLength: 8, max: 3 });
    fc.assert(
      fc.property(labels, labels, fc.integer({ min: 1, max: 3 }), (gt, pred, cls) => {
        const out = eraseClass({ gt, pred }, cls, true, true);
        expect(out.gt.includes(cls) || out.pred.includes(cls)).toBe(false);
        gt.forEach((v, i) => expect(out.gt[i]).toBe(v === cls ? 0 : v));
      }),
    );
  });
});
