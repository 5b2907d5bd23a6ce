import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentationAggregation, segmentationTestImages, MISSED_RADIUS } from './segmentationTestSet';
import { depthAggregation } from './depthTestSet';
import { imageQualityAggregation } from './imageQualityTestSet';
import { aggregationEntries } from './entries';
import { checkImageCount, meanOfDefined, MAX_IMAGES, MIN_IMAGES } from './testSet';
import { MetricInputError } from '../../metrics/validate';

describe('test-set helpers', () => {
  it('accepts whole image counts in range only', () => {
    expect(checkImageCount(MIN_IMAGES)).toBe(MIN_IMAGES);
    expect(checkImageCount(MAX_IMAGES)).toBe(MAX_IMAGES);
    for (const bad of [MIN_IMAGES - 1, MAX_IMAGES + 1, 10.5, Number.NaN])
      expect(() => checkImageCount(bad)).toThrow(MetricInputError);
  });
  it('averages the defined values only', () => {
    expect(meanOfDefined([1, null, 3])).toBe(2);
    expect(meanOfDefined([null])).toBeNull();
  });
});

describe('segmentation test set', () => {
  it('misses exactly the small lesions with model a and shifts every lesion by one pixel with b', () => {
    for (const im of segmentationTestImages(30, 5)) {
      const count = (d: ArrayLike<number>) => Array.from(d).filter((x) => x === 1).length;
      expect(count(im.gt.data)).toBeGreaterThan(0);
      if (im.radius < MISSED_RADIUS) expect(count(im.a.data)).toBe(0);
      else expect(Array.from(im.a.data)).toEqual(Array.from(im.gt.data));
      expect(count(im.b.data)).toBeGreaterThan(0);
    }
  });
  it('keeps image i the same whatever the size of the set', () => {
    expect(segmentationTestImages(4, 9)[3]?.radius).toBe(segmentationTestImages(40, 9)[3]?.radius);
  });
  it('scores a missed lesion with person IoU 0, so that image’s mIoU is half its background IoU', () => {
    const r = segmentationAggregation(50, 2);
    const missed = r.radii.findIndex((x) => x < MISSED_RADIUS);
    expect(missed).toBeGreaterThanOrEqual(0);
    expect(r.miou.a.per_image_scores[missed]).toBeLessThan(0.5);
  });
  it('ranks the models differently per image and pooled in the default set (50 images, seed 2)', () => {
    const r = segmentationAggregation(50, 2);
    expect(r.miou.b.per_image as number).toBeGreaterThan(r.miou.a.per_image as number);
    expect(r.miou.a.pooled as number).toBeGreaterThan(r.miou.b.pooled as number);
    expect(r.mdice.b.per_image as number).toBeGreaterThan(r.mdice.a.per_image as number);
    expect(r.mdice.a.pooled as number).toBeGreaterThan(r.mdice.b.pooled as number);
  });
  it('per-image mean equals the mean of the per-image scores (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_IMAGES, max: 30 }), fc.integer({ min: 0, max: 99 }), (n, seed) => {
        const r = segmentationAggregation(n, seed);
        expect(r.miou.a.per_image_scores).toHaveLength(n);
        expect(r.miou.a.per_image as number).toBeCloseTo(
          meanOfDefined(r.miou.a.per_image_scores) as number,
          12,
        );
        for (const s of [...r.miou.a.per_image_scores, ...r.miou.b.per_image_scores]) {
          expect(s as number).toBeGreaterThanOrEqual(0);
          expect(s as number).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 15 },
    );
  });
});

describe('depth test set', () => {
  it('ranks the models differently per frame and pooled (AbsRel, lower is better)', () => {
    const r = depthAggregation(50, 2);
    expect(r.abs_rel.b.per_image as number).toBeLessThan(r.abs_rel.a.per_image as number);
    expect(r.abs_rel.a.pooled as number).toBeLessThan(r.abs_rel.b.pooled as number);
    expect(r.pixels).toHaveLength(50);
    expect(Math.min(...r.pixels)).toBeGreaterThanOrEqual(40);
  });
  it('pooled AbsRel is the pixel-weighted mean of the per-frame AbsRels', () => {
    const r = depthAggregation(12, 4);
    const total = r.pixels.reduce((s, p) => s + p, 0);
    const weighted = r.abs_rel.a.per_image_scores.reduce<number>(
      (s, v, i) => s + (v as number) * (r.pixels[i] as number),
      0,
    );
    expect(r.abs_rel.a.pooled as number).toBeCloseTo(weighted / total, 12);
  });
});

describe('image-quality test set', () => {
  it('ranks the models differently per image and pooled (PSNR, higher is better)', () => {
    const r = imageQualityAggregation(50, 2);
    expect(r.psnr.a.per_image as number).toBeGreaterThan(r.psnr.b.per_image as number);
    expect(r.psnr.b.pooled as number).toBeGreaterThan(r.psnr.a.pooled as number);
  });
  it('pooled PSNR is the PSNR of the mean of the per-image MSEs (equal image sizes)', () => {
    const r = imageQualityAggregation(6, 3);
    const mse = r.psnr.b.per_image_scores.map((p) => 255 ** 2 / 10 ** ((p as number) / 10));
    const pooled = 10 * Math.log10(255 ** 2 / (mse.reduce((s, m) => s + m, 0) / mse.length));
    expect(r.psnr.b.pooled as number).toBeCloseTo(pooled, 9);
  });
});

describe('aggregation entries', () => {
  it('check their arguments', () => {
    for (const entry of aggregationEntries) {
      expect(() => entry.compute({ n: 2 })).toThrow(MetricInputError);
      expect(() => entry.compute({ n: 'ten' })).toThrow(MetricInputError);
    }
    expect(aggregationEntries[0].compute({ n: 4 }).radii).toHaveLength(4);
  });
});
