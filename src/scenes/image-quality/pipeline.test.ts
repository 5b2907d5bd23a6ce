import { describe, expect, it } from 'vitest';
import { patternImage } from '../../metrics/image/testImages.test-helper';
import { quantize } from '../../metrics/image/quantize';
import { ssim } from '../../metrics/image/ssim';
import { psnr } from '../../metrics/image/psnr';
import { comparePair, featureTable, inspectPixel, matchNoiseToBlur, scoredCopy, ssimMapOf } from './pipeline';
import { buildCopy } from './copies';
import { IQ_SSIM } from './settings';
import { viridisLut } from './heatmap';

function photoLike(w: number, h: number, seed = 1) {
  const p = patternImage(w, h, 3, seed);
  return { ...p, data: quantize(Array.from(p.data, (v) => 30 + 150 * v)) };
}

const img = photoLike(40, 32);

describe('scored copies', () => {
  it('scores an unchanged copy as PSNR infinity, MSE 0, SSIM 1', () => {
    for (const spec of [
      { kind: 'blur', level: 0 },
      { kind: 'noise', level: 0, seed: 5 },
      { kind: 'brightness', level: 0 },
      { kind: 'contrast', level: 1 },
      { kind: 'translation', level: 0 },
    ] as const) {
      const r = scoredCopy(img, spec);
      expect(r.psnr).toBe(Infinity);
      expect(r.mse).toBe(0);
      expect(r.ssim).toBeCloseTo(1, 12);
      expect(r.rgba.length).toBe(40 * 32 * 4);
    }
  });

  it('loses PSNR as the blur grows', () => {
    const a = scoredCopy(img, { kind: 'blur', level: 0.8 }).psnr;
    const b = scoredCopy(img, { kind: 'blur', level: 2 }).psnr;
    expect(b).toBeLessThan(a);
  });

  it('gives the same noisy copy for the same seed and another for a new seed', () => {
    const a = scoredCopy(img, { kind: 'noise', level: 10, seed: 3 });
    const b = scoredCopy(img, { kind: 'noise', level: 10, seed: 3 });
    const c = scoredCopy(img, { kind: 'noise', level: 10, seed: 4 });
    expect(Array.from(a.rgba)).toEqual(Array.from(b.rgba));
    expect(Array.from(a.rgba)).not.toEqual(Array.from(c.rgba));
  });

  it('scores a translation on the overlap only', () => {
    const r = scoredCopy(img, { kind: 'translation', level: 3 });
    expect(r.scored_width).toBe(37);
    const built = buildCopy(img, { kind: 'translation', level: 3 });
    expect(r.psnr).toBeCloseTo(psnr(built.refScored, built.copyScored, 255), 12);
  });

  it('uses the ready-made JPEG copy and refuses a missing or mis-sized one', () => {
    const jpeg = photoLike(40, 32, 2);
    expect(scoredCopy(img, { kind: 'jpeg', level: 20 }, jpeg).ssim).toBeCloseTo(
      ssim(img, jpeg, IQ_SSIM).mssim,
      12,
    );
    expect(() => scoredCopy(img, { kind: 'jpeg', level: 20 })).toThrow(/jpeg/);
    expect(() => scoredCopy(img, { kind: 'jpeg', level: 20 }, photoLike(8, 8))).toThrow(/jpeg/);
  });
});

describe('Match PSNR', () => {
  it('gives the noisy copy the PSNR of the blurred one within 0.05 dB', () => {
    const m = matchNoiseToBlur(img, 1.5, 9);
    expect(m.matched).toBe(true);
    expect(Math.abs(m.psnr - m.target_psnr)).toBeLessThan(0.05);
    const noisy = scoredCopy(img, { kind: 'noise', level: m.sigma, seed: 9 });
    const blurred = scoredCopy(img, { kind: 'blur', level: 1.5 });
    expect(Math.abs(noisy.psnr - blurred.psnr)).toBeLessThan(0.05);
  });
  it('matches blur 0 with noise 0', () => {
    expect(matchNoiseToBlur(img, 0, 1)).toMatchObject({ sigma: 0, target_psnr: Infinity, psnr: Infinity });
  });
});

describe('SSIM map and inspector', () => {
  it('returns the map as viridis pixels and the mean SSIM', () => {
    const r = ssimMapOf(img, { kind: 'blur', level: 1.5 });
    expect(r.heat.length).toBe(40 * 32 * 4);
    expect(r.mssim).toBeLessThan(1);
    expect(r.min).toBeLessThan(r.mssim);
    const lut = viridisLut();
    // every heat pixel is a viridis colour
    for (let i = 0; i < 40; i++) {
      const k = Array.from({ length: 256 }, (_, j) => j).find(
        (j) =>
          lut[3 * j] === r.heat[4 * i] &&
          lut[3 * j + 1] === r.heat[4 * i + 1] &&
          lut[3 * j + 2] === r.heat[4 * i + 2],
      );
      expect(k).toBeDefined();
    }
  });

  it('splits a pixel into terms whose product averages to the SSIM map value there', () => {
    const spec = { kind: 'noise', level: 12, seed: 1 } as const;
    const built = buildCopy(img, spec);
    const full = ssim(img, built.shown, { ...IQ_SSIM, returnMap: true }).map!;
    const p = inspectPixel(img, spec, 17, 11);
    expect(p.channels).toHaveLength(3);
    const mean = p.channels.reduce((s, c) => s + c.pixel_ssim, 0) / 3;
    expect(mean).toBeCloseTo(full[11 * 40 + 17]!, 10);
    for (const c of p.channels) expect(c.luminance * c.contrast * c.structure).toBeCloseTo(c.pixel_ssim, 12);
    expect(p.c1).toBeCloseTo((0.01 * 255) ** 2, 12);
    expect(p.c2).toBeCloseTo((0.03 * 255) ** 2, 12);
    expect(p.c3).toBeCloseTo((0.03 * 255) ** 2 / 2, 12);
  });

  it('shows different terms at two different pixels', () => {
    const spec = { kind: 'blur', level: 1.5 } as const;
    expect(inspectPixel(img, spec, 3, 3).channels[0]).not.toEqual(
      inspectPixel(img, spec, 30, 20).channels[0],
    );
  });

  it('leaves contrast and structure at 1 for an unclipped brightness shift', () => {
    const p = inspectPixel(img, { kind: 'brightness', level: 10 }, 20, 15);
    for (const c of p.channels) {
      expect(c.contrast).toBeCloseTo(1, 12);
      expect(c.structure).toBeCloseTo(1, 12);
      expect(c.luminance).toBeLessThan(1);
    }
  });

  it('refuses a translation, whose copy has another size', () => {
    expect(() => ssimMapOf(img, { kind: 'translation', level: 2 })).toThrow(/kind/);
    expect(() => inspectPixel(img, { kind: 'translation', level: 2 }, 1, 1)).toThrow(/kind/);
  });
});

describe('the reader’s pair and the filter-bank table', () => {
  it('compares two given images, or one with its degraded copy', () => {
    const other = photoLike(40, 32, 3);
    const two = comparePair(img, other, { kind: 'blur', level: 0 });
    expect(two.psnr).toBeCloseTo(psnr(img, other, 255), 12);
    expect(two.a_rgba.length).toBe(two.rgba.length);
    const one = comparePair(img, null, { kind: 'brightness', level: 10 });
    expect(one.psnr).toBeCloseTo(scoredCopy(img, { kind: 'brightness', level: 10 }).psnr, 12);
  });

  it('lists five copies with PSNR, SSIM and the filter-bank distance', () => {
    const t = featureTable(img, 1.5, 1, photoLike(40, 32, 4));
    expect(t.rows.map((r) => r.subject)).toEqual(['blurred', 'noisy', 'brightness', 'translation', 'jpeg']);
    const [blurred, noisy] = t.rows;
    expect(Math.abs(blurred!.psnr - noisy!.psnr)).toBeLessThan(0.05);
    for (const r of t.rows) expect(r.feature_distance).toBeGreaterThanOrEqual(0);
  });
});
