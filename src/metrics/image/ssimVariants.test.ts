import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Raster } from '../types';
import {
  GAUSSIAN_SSIM,
  PSNR_VARIANT_IDS,
  SSIM_VARIANT_IDS,
  psnrVariant,
  ssimVariant,
  toUnitFloat,
  wangSsim,
} from './ssimVariants';
import { ssim } from './ssim';
import { gaussianWeights } from './filterWeights';
import { patternImage, raster } from './testImages.test-helper';
import { quantize } from './quantize';

const eightBit = (w: number, h: number, c: number, seed: number): Raster => {
  const p = patternImage(w, h, c, seed);
  return { ...p, data: quantize(Array.from(p.data, (v) => 40 + 140 * v)) };
};

/** ssim.m's formula written out naively: 2-D window over the 'valid' positions, population moments. */
function naiveValidSsim(a: Raster, b: Raster): number {
  const w1 = gaussianWeights(1.5);
  const r = (w1.length - 1) / 2;
  const [c1, c2] = [(0.01 * 255) ** 2, (0.03 * 255) ** 2];
  let sum = 0;
  let n = 0;
  for (let y = r; y < a.height - r; y++) {
    for (let x = r; x < a.width - r; x++) {
      let [mx, my, sxx, syy, sxy] = [0, 0, 0, 0, 0];
      for (let u = -r; u <= r; u++) {
        for (let v = -r; v <= r; v++) {
          const w = w1[u + r]! * w1[v + r]!;
          const p = a.data[(y + u) * a.width + x + v]!;
          const q = b.data[(y + u) * a.width + x + v]!;
          mx += w * p;
          my += w * q;
          sxx += w * p * p;
          syy += w * q * q;
          sxy += w * p * q;
        }
      }
      const vx = sxx - mx * mx;
      const vy = syy - my * my;
      const cxy = sxy - mx * my;
      sum += ((2 * mx * my + c1) * (2 * cxy + c2)) / ((mx * mx + my * my + c1) * (vx + vy + c2));
      n++;
    }
  }
  return sum / n;
}

describe('SSIM variants', () => {
  const a = eightBit(30, 26, 3, 1);
  const b = eightBit(30, 26, 3, 2);

  it('give 1 (and PSNR infinity) for identical images under every setting', () => {
    for (const id of SSIM_VARIANT_IDS) expect(ssimVariant(id, a, a)).toBeCloseTo(1, 12);
    for (const id of PSNR_VARIANT_IDS) expect(psnrVariant(id, a, a)).toBe(Infinity);
  });

  it('ssim_index.m: the valid-border Gaussian SSIM equals the naive 2-D formula', () => {
    const g = raster(
      17,
      15,
      Array.from({ length: 255 }, (_, i) => (i * 37) % 251),
    );
    const h = raster(
      17,
      15,
      Array.from({ length: 255 }, (_, i) => (i * 53 + 7) % 241),
    );
    expect(wangSsim(g, h, false)).toBeCloseTo(naiveValidSsim(g, h), 12);
    // below 384 px the automatic factor is 1, so ssim.m and ssim_index.m agree
    expect(wangSsim(g, h, true)).toBe(wangSsim(g, h, false));
    expect(() => wangSsim(a, b, false)).toThrow(/grey/);
  });

  it('ssim.m halves a 512-pixel image before the window: same as ssim_index.m on 2 x 2 block means', () => {
    const big = raster(
      520,
      512,
      Array.from({ length: 520 * 512 }, (_, i) => (i * 7 + (i >> 9)) % 256),
    );
    const other = raster(
      520,
      512,
      Array.from(big.data, (v, i) => Math.min(255, v + (i % 5))),
    );
    const half = (img: Raster) => {
      const d: number[] = [];
      for (let y = 0; y < 256; y++)
        for (let x = 0; x < 260; x++) {
          const i = 2 * y * 520 + 2 * x;
          d.push((img.data[i]! + img.data[i + 1]! + img.data[i + 520]! + img.data[i + 521]!) / 4);
        }
      return raster(260, 256, d);
    };
    expect(wangSsim(big, other, true)).toBeCloseTo(wangSsim(half(big), half(other), false), 12);
  });

  it('the float trap equals the Gaussian SSIM with data range 2 x 255 on 8-bit values, and scores higher', () => {
    const trap = ssimVariant('float-range', a, b);
    expect(trap).toBeCloseTo(ssim(a, b, { ...GAUSSIAN_SSIM, dataRange: 510 }).mssim, 12);
    expect(trap).toBeGreaterThan(ssimVariant('gaussian-rgb', a, b));
    expect(toUnitFloat(raster(1, 1, [255, 51], 2)).data).toEqual(Float64Array.from([1, 0.2]));
  });

  it('reproduce the skimage reference cases for the two RGB settings', () => {
    const cases = JSON.parse(readFileSync('test/reference/cases/ssim.json', 'utf8')) as {
      id: string;
      args: { a: Raster; b: Raster };
      expected: { mssim: number };
      tolerance?: { abs?: number };
    }[];
    const check = (caseId: string, variant: (typeof SSIM_VARIANT_IDS)[number]) => {
      const c = cases.find((x) => x.id === caseId)!;
      expect(Math.abs(ssimVariant(variant, c.args.a, c.args.b) - c.expected.mssim)).toBeLessThan(1e-9);
    };
    check('ssim-uniform7-rgb-04', 'skimage-default');
    check('ssim-gauss-rgb-03', 'gaussian-rgb');
  });

  it('PSNR on Y ignores chroma: a change that keeps Y keeps Y-PSNR infinite', () => {
    // +1 red and -65.481/128.553 green keeps Y: use a pair built to differ only in a Y-neutral direction
    const p = raster(1, 1, [100, 100, 100], 3);
    const q = raster(1, 1, [100 + 128.553, 100 - 65.481, 100], 3);
    expect(psnrVariant('y', p, q)).toBe(Infinity);
    expect(psnrVariant('rgb', p, q)).toBeLessThan(20);
    expect(() => ssimVariant('nope' as never, a, b)).toThrow(/unknown/);
    expect(() => psnrVariant('nope' as never, a, b)).toThrow(/unknown/);
  });
});
