/**
 * A seeded test set for "per image or pooled?" in image quality: n small
 * grey images (24x24, range 0..255, a random smooth texture) restored by two
 * simulated models whose error is Gaussian noise:
 * - model a is nearly perfect on easy images (sigma 1) and poor on hard ones (sigma 25);
 * - model b is middling everywhere (sigma 8).
 * Super-resolution code (e.g. BasicSR, and the papers' tables) averages PSNR
 * per image; PSNR's logarithm rewards a's near-perfect images, so a wins.
 * Pooled (the MSE over all pixels of the set, then one PSNR), the hard
 * images' large errors dominate and b wins. PSNR comes from the metrics
 * package (data range 255, no clipping).
 */
import { mulberry32, normalSampler } from '../../lib/random';
import { psnr } from '../../metrics/image/psnr';
import type { Raster } from '../../metrics/types';
import { checkImageCount, meanOfDefined, type ModelAggregate } from './testSet';

const SIZE = 24;
const PIXELS = SIZE * SIZE;

/** What `aggregation_image_quality` returns: PSNR of both models, per image and pooled, and which images are hard. */
export interface ImageQualityAggregation {
  psnr: { a: ModelAggregate; b: ModelAggregate };
  hard: boolean[];
}

const raster = (data: Float64Array, height: number): Raster => ({ width: SIZE, height, channels: 1, data });

/** Scores both models' PSNR on the seeded test set, per image then averaged, and pooled over all pixels. */
export function imageQualityAggregation(n: number, seed: number): ImageQualityAggregation {
  checkImageCount(n);
  const rand = mulberry32(seed);
  const normal = normalSampler(mulberry32(seed ^ 0x85ebca6b));
  const ref = new Float64Array(n * PIXELS);
  const outA = new Float64Array(n * PIXELS);
  const outB = new Float64Array(n * PIXELS);
  const perA: (number | null)[] = [];
  const perB: (number | null)[] = [];
  const hard: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const isHard = rand() < 0.5;
    const fx = 1 + rand() * 4;
    const fy = 1 + rand() * 4;
    const base = 60 + rand() * 120;
    const sA = isHard ? 25 : 1;
    for (let p = 0; p < PIXELS; p++) {
      const x = p % SIZE;
      const y = Math.floor(p / SIZE);
      const v = base + 50 * Math.sin((fx * x) / SIZE + (fy * y) / SIZE) * Math.cos((fy * x) / SIZE);
      const j = i * PIXELS + p;
      ref[j] = v;
      outA[j] = v + sA * normal();
      outB[j] = v + 8 * normal();
    }
    const one = (data: Float64Array) => raster(data.subarray(i * PIXELS, (i + 1) * PIXELS), SIZE);
    perA.push(psnr(one(ref), one(outA), 255));
    perB.push(psnr(one(ref), one(outB), 255));
    hard.push(isHard);
  }
  const all = (data: Float64Array) => raster(data, n * SIZE);
  return {
    psnr: {
      a: { per_image_scores: perA, per_image: meanOfDefined(perA), pooled: psnr(all(ref), all(outA), 255) },
      b: { per_image_scores: perB, per_image: meanOfDefined(perB), pooled: psnr(all(ref), all(outB), 255) },
    },
    hard,
  };
}
