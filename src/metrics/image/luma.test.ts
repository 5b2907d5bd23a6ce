import { describe, expect, it } from 'vitest';
import { RGB2GRAY_WEIGHTS, rgb2gray, ycbcrY } from './luma';
import { raster } from './testImages.test-helper';

describe('rgb2gray (MATLAB, uint8 in, uint8 out)', () => {
  it('weights sum to 1 (white stays 255) and rounds each pixel to 8 bits', () => {
    expect(RGB2GRAY_WEIGHTS.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    // red 76.23 -> 76, green 149.70 -> 150, blue 29.08 -> 29, white 255, (10, 20, 30): 18.15 -> 18
    const img = raster(5, 1, [255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255, 10, 20, 30], 3);
    const g = rgb2gray(img);
    expect(g.channels).toBe(1);
    expect(Array.from(g.data)).toEqual([76, 150, 29, 255, 18]);
  });

  it('without rounding gives the weighted sum itself', () => {
    const g = rgb2gray(raster(1, 1, [10, 20, 30], 3), false);
    expect(g.data[0]).toBeCloseTo(2.98936021293775 + 11.74086148902242 + 3.42062712765309, 10);
  });

  it('passes a grey image through and refuses 2 or 4 channels', () => {
    expect(Array.from(rgb2gray(raster(2, 1, [7.5, 200])).data)).toEqual([7.5, 200]);
    expect(() => rgb2gray(raster(1, 1, [1, 2], 2))).toThrow(/channels/);
    expect(() => rgb2gray(raster(1, 1, [1, 2, 3, 4], 4))).toThrow(/channels/);
  });
});

describe('ycbcrY (BT.601 studio swing)', () => {
  it('maps black to 16, white to 235 and pure red to 16 + 65.481', () => {
    const y = ycbcrY(raster(3, 1, [0, 0, 0, 255, 255, 255, 255, 0, 0], 3));
    expect(y.data[0]).toBeCloseTo(16, 12);
    expect(y.data[1]).toBeCloseTo(235, 12);
    expect(y.data[2]).toBeCloseTo(81.481, 12);
  });
});
