import { describe, expect, it } from 'vitest';
import { BACKDROP, binaryErrorPicture, probabilityPicture } from './pictures';
import { ERROR_RGB, FP_DOT_RGB, isDot } from './compose';

const px = (a: Uint8ClampedArray, i: number) => Array.from(a.slice(i * 4, i * 4 + 3));

describe('binaryErrorPicture', () => {
  it('colours TP, FP, FN and leaves the rest as backdrop', () => {
    const out = binaryErrorPicture([1, 0, 1, 0], [1, 1, 0, 0], 4, BACKDROP.street);
    expect(px(out, 0)).toEqual([...ERROR_RGB[1]!]);
    expect(px(out, 1)).toEqual([...ERROR_RGB[2]!]);
    expect(px(out, 2)).toEqual([...ERROR_RGB[3]!]); // (2 + 0) even: the coloured half of the checker
    expect(px(out, 3)).toEqual([...BACKDROP.street]);
    expect(out[3]).toBe(255);
  });

  it('checkers false negatives', () => {
    const out = binaryErrorPicture([1, 1], [0, 0], 2, BACKDROP.tissue);
    expect(px(out, 0)).not.toEqual(px(out, 1));
  });

  it('refuses maps of different sizes and a bad scale', () => {
    expect(() => binaryErrorPicture([1], [1, 0], 1, BACKDROP.tissue)).toThrow(RangeError);
    expect(() => binaryErrorPicture([1], [1], 1, BACKDROP.tissue, 0)).toThrow(RangeError);
  });

  it('at scale 4 repeats each mask pixel 4 x 4 times and hatches misses diagonally', () => {
    const out = binaryErrorPicture([1, 0], [1, 1], 2, BACKDROP.street, 4);
    expect(out).toHaveLength(8 * 4 * 4);
    expect(px(out, 3 * 8 + 3)).toEqual([...ERROR_RGB[1]!]);
    expect(px(out, 3 * 8 + 4)).toEqual([...ERROR_RGB[2]!]);
    const miss = binaryErrorPicture([1], [0], 1, BACKDROP.street, 4);
    expect(px(miss, 0)).toEqual([255, 255, 255]); // (0 + 0) % 4 < 2
    expect(px(miss, 2)).toEqual([...ERROR_RGB[3]!]); // (2 + 0) % 4 = 2
  });
});

describe('false-positive dots', () => {
  it('sit at the 2 x 2 centre of each label pixel from scale 4 on, never at scale 1', () => {
    expect(isDot(1, 1, 4)).toBe(true);
    expect(isDot(2, 2, 4)).toBe(true);
    expect(isDot(0, 1, 4)).toBe(false);
    expect(isDot(3, 3, 4)).toBe(false);
    expect(isDot(0, 0, 1)).toBe(false);
  });

  it('mark false positives only: a TP pixel stays solid', () => {
    const out = binaryErrorPicture([1, 0], [1, 1], 2, BACKDROP.street, 4);
    expect(px(out, 1 * 8 + 1)).toEqual([...ERROR_RGB[1]!]); // TP, centre
    expect(px(out, 1 * 8 + 5)).toEqual([...FP_DOT_RGB]); // FP, centre: a dot
    expect(px(out, 0 * 8 + 4)).toEqual([...ERROR_RGB[2]!]); // FP, corner: plain
  });
});

describe('probabilityPicture', () => {
  it('is dark for 0 and bright for 1', () => {
    const out = probabilityPicture([0, 1]);
    const brightness = (i: number) => px(out, i).reduce((a, b) => a + b, 0);
    expect(brightness(1)).toBeGreaterThan(brightness(0) + 200);
  });
});
