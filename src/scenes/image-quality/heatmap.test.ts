import { describe, expect, it } from 'vitest';
import { heatmapRgba, viridisLut } from './heatmap';

describe('SSIM heatmap colours', () => {
  it('maps 0 (and below) to dark purple and 1 (and above) to yellow', () => {
    const rgba = Array.from(heatmapRgba([-0.5, 0, 1, 2]));
    expect(rgba.slice(0, 4)).toEqual([0x44, 0x01, 0x54, 255]);
    expect(rgba.slice(4, 8)).toEqual([0x44, 0x01, 0x54, 255]);
    expect(rgba.slice(8, 12)).toEqual([0xfd, 0xe7, 0x25, 255]);
    expect(rgba.slice(12, 16)).toEqual([0xfd, 0xe7, 0x25, 255]);
  });
  it('uses the LUT entry round(255 t)', () => {
    const lut = viridisLut();
    const px = Array.from(heatmapRgba([0.5]));
    expect(px.slice(0, 3)).toEqual([lut[3 * 128], lut[3 * 128 + 1], lut[3 * 128 + 2]]);
  });
});
