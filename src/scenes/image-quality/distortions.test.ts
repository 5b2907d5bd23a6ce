import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  changeContrast,
  channelMeans,
  cropColumns,
  shiftBrightness,
  toRgba,
  translateRight,
  translationPair,
} from './distortions';
import { raster } from '../../metrics/image/testImages.test-helper';

describe('brightness shift', () => {
  it('adds the shift and clips at 0 and 255', () => {
    const out = shiftBrightness(raster(4, 1, [0, 100, 250, 255]), 10).data;
    expect(Array.from(out)).toEqual([10, 110, 255, 255]);
    expect(Array.from(shiftBrightness(raster(2, 1, [5, 100]), -10).data)).toEqual([0, 90]);
  });
  it('names a bad delta', () => {
    expect(() => shiftBrightness(raster(1, 1, [1]), Number.NaN)).toThrow(/delta/);
  });
});

describe('contrast change', () => {
  it('scales about each channel mean', () => {
    // channel 0: 10, 30 (mean 20); channel 1: 100, 200 (mean 150)
    const img = raster(2, 1, [10, 100, 30, 200], 2);
    expect(channelMeans(img)).toEqual([20, 150]);
    expect(Array.from(changeContrast(img, 0.5).data)).toEqual([15, 125, 25, 175]);
    expect(Array.from(changeContrast(img, 0).data)).toEqual([20, 150, 20, 150]);
  });
  it('leaves the image unchanged at factor 1', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 30 }), (xs) => {
        expect(Array.from(changeContrast(raster(xs.length, 1, xs), 1).data)).toEqual(xs);
      }),
    );
  });
  it('names a bad factor', () => {
    expect(() => changeContrast(raster(1, 1, [1]), -0.5)).toThrow(/factor/);
  });
});

describe('translation', () => {
  const img = raster(5, 2, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  it('moves the picture right and repeats the first column in the uncovered strip', () => {
    expect(Array.from(translateRight(img, 2).data)).toEqual([1, 1, 1, 2, 3, 6, 6, 6, 7, 8]);
  });
  it('scores only the overlap: the original columns [dx, W) against the moved columns [dx, W)', () => {
    const { a, b } = translationPair(img, 2);
    expect(a.width).toBe(3);
    expect(Array.from(a.data)).toEqual([3, 4, 5, 8, 9, 10]);
    expect(Array.from(b.data)).toEqual([1, 2, 3, 6, 7, 8]);
    const moved = translateRight(img, 2);
    expect(Array.from(cropColumns(moved, 2, 3).data)).toEqual(Array.from(b.data));
  });
  it('is the identity at 0 pixels and refuses shifts outside the image', () => {
    expect(Array.from(translationPair(img, 0).b.data)).toEqual(Array.from(img.data));
    expect(() => translationPair(img, 5)).toThrow(/shift/);
    expect(() => translateRight(img, 1.5)).toThrow(/shift/);
  });
});

describe('toRgba', () => {
  it('expands RGB and grey to opaque RGBA', () => {
    expect(Array.from(toRgba(raster(1, 1, [1, 2, 3], 3)))).toEqual([1, 2, 3, 255]);
    expect(Array.from(toRgba(raster(2, 1, [7, 9])))).toEqual([7, 7, 7, 255, 9, 9, 9, 255]);
    expect(() => toRgba(raster(1, 1, [1, 2], 2))).toThrow(/channels/);
  });
});
