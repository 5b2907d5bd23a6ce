/**
 * Benchmark tasks of the image-quality section's worker work on the 512x512
 * astronaut (public/images/astronaut.png, decoded once as the worker does):
 * a blur change, a noise change and "Match PSNR" followed by the one noisy
 * copy it renders. Every run moves to a level the caches have not seen
 * recently (a drag), so the times are of real work, not cache hits. "ours"
 * is the worker entry; "separate passes" is the pipeline as it was before
 * issue 13 (blur then quantize, PSNR, MSE and SSIM each in its own pass,
 * bisection over whole-image MSEs), built from the same metric functions.
 */
import type { Task } from './tasks';
import { decodeRgbPng } from './photoPng';
import { lookupEntry } from '../src/worker/registry';
import { gaussianBlur } from '../src/metrics/image/gaussianBlur';
import { quantizeRaster } from '../src/metrics/image/quantize';
import { addNoise } from '../src/metrics/image/noise';
import { mse } from '../src/metrics/image/mse';
import { matchNoiseSigma } from '../src/metrics/image/matchNoise';
import { cachedNoiseField } from '../src/scenes/image-quality/copies';
import { scoreCopy } from '../src/scenes/image-quality/score';
import { toRgba } from '../src/scenes/image-quality/distortions';
import { MAX_NOISE_SIGMA } from '../src/scenes/image-quality/settings';
import type { Raster } from '../src/metrics/types';

type Photo = Raster & { data: Uint8Array };

function compute(id: string, args: Record<string, unknown>): unknown {
  const entry = lookupEntry(id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry.compute(args);
}

/** The level of run k: 26 blur levels (0.5-3.0) or 40 noise levels (1-20.5), more than any cache keeps. */
export const blurLevel = (k: number) => Number((0.5 + 0.1 * (k % 26)).toFixed(1));
export const noiseLevel = (k: number) => 1 + 0.5 * (k % 40);

/** The UI's rounding of a matched sigma to the 0.001 noise grid (BlurNoiseFigure). */
const onGrid = (s: number) => Number(Math.min(60, Math.round(s / 0.001) * 0.001).toFixed(3));

/** One copy the way the pipeline made it before: build, then PSNR, MSE and SSIM in separate passes, RGBA. */
function oldCopy(image: Photo, kind: 'blur' | 'noise', level: number): number {
  const copy =
    kind === 'blur'
      ? quantizeRaster(gaussianBlur(image, level))
      : addNoise(image, level, cachedNoiseField(image.data.length, 1));
  const s = scoreCopy(image, copy);
  toRgba(copy);
  return s.psnr + s.ssim;
}

function newCopy(image: Photo, kind: 'blur' | 'noise', level: number): number {
  const r = compute('image_quality_copy', { image, kind, level, seed: 1 }) as { psnr: number; ssim: number };
  return r.psnr + r.ssim;
}

/** Match PSNR before: blur, MSE, bisection; then the noisy copy at the matched sigma. Value: sigma + its PSNR. */
function oldMatch(image: Photo, blur: number): number {
  const target = mse(image, quantizeRaster(gaussianBlur(image, blur)));
  const m = matchNoiseSigma(image, cachedNoiseField(image.data.length, 1), target, MAX_NOISE_SIGMA);
  const copy = addNoise(image, onGrid(m.sigma), cachedNoiseField(image.data.length, 1));
  const s = scoreCopy(image, copy);
  toRgba(copy);
  return m.sigma + s.psnr;
}

function newMatch(image: Photo, blur: number): number {
  const m = compute('image_quality_match_noise', { image, blur, seed: 1 }) as { sigma: number };
  const r = compute('image_quality_copy', { image, kind: 'noise', level: onGrid(m.sigma), seed: 1 }) as {
    psnr: number;
  };
  return m.sigma + r.psnr;
}

/** The implementations of one task, timed over the same levels. */
export const IQ_IMPLEMENTATIONS = {
  blur: {
    ours: (im: Photo, k: number) => newCopy(im, 'blur', blurLevel(k)),
    old: (im: Photo, k: number) => oldCopy(im, 'blur', blurLevel(k)),
  },
  noise: {
    ours: (im: Photo, k: number) => newCopy(im, 'noise', noiseLevel(k)),
    old: (im: Photo, k: number) => oldCopy(im, 'noise', noiseLevel(k)),
  },
  match: {
    ours: (im: Photo, k: number) => newMatch(im, blurLevel(k)),
    old: (im: Photo, k: number) => oldMatch(im, blurLevel(k)),
  },
};

/** The astronaut, decoded from the PNG the app serves to the worker. */
export const astronaut = (): Photo => decodeRgbPng('public/images/astronaut.png');

const NAMES = {
  blur: 'image-quality blur change 512x512 astronaut',
  noise: 'image-quality noise change 512x512 astronaut',
  match: 'image-quality match PSNR + noisy copy 512x512 astronaut',
} as const;

/** The three tasks, "ours" and "separate passes" (the pipeline before issue 13). */
export const IMAGE_QUALITY_TASKS: Task[] = (['blur', 'noise', 'match'] as const).map((name) => ({
  name: NAMES[name],
  implementations: (['ours', 'old'] as const).map((which) => ({
    name: which === 'ours' ? 'ours' : 'separate passes (before)',
    runs: 15,
    prepare: () => {
      const image = astronaut();
      let k = 0;
      return () => IQ_IMPLEMENTATIONS[name][which](image, k++);
    },
  })),
}));
