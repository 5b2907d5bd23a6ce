/**
 * Seeded inputs of the benchmark: grey and RGB image pairs (a textured scene
 * and a blurred, noisy copy), label maps, feature sets. Same seed, same bytes.
 */

import { mulberry32 as rng, normalSampler as gaussian } from '../src/lib/random';

/** A textured 8-bit scene and a degraded copy, `channels` interleaved, as Uint8Array. */
export function imagePair(size: number, channels: number, seed = 1): { a: Uint8Array; b: Uint8Array } {
  const rand = rng(seed);
  const noise = gaussian(rand);
  const a = new Uint8Array(size * size * channels);
  const b = new Uint8Array(size * size * channels);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      for (let c = 0; c < channels; c++) {
        const v =
          128 +
          60 * Math.sin((x + 7 * c) / 17) * Math.cos(y / 23) +
          40 * Math.sin((x * y) / 900 + c) +
          (((x >> 4) + (y >> 4)) % 2 === 0 ? 20 : -20);
        const i = (y * size + x) * channels + c;
        a[i] = Math.max(0, Math.min(255, Math.round(v)));
        b[i] = Math.max(0, Math.min(255, Math.round(v + 12 * noise() + 5)));
      }
    }
  }
  return { a, b };
}

/** Grey bytes expanded to RGBA with R = G = B (what ssim.js reads). */
export function greyToRgba(grey: Uint8Array): Uint8ClampedArray {
  const out = new Uint8ClampedArray(grey.length * 4);
  for (let i = 0; i < grey.length; i++) {
    const v = grey[i] ?? 0;
    out[4 * i] = v;
    out[4 * i + 1] = v;
    out[4 * i + 2] = v;
    out[4 * i + 3] = 255;
  }
  return out;
}

/** A label map pair over `classes` classes, the prediction wrong on ~15% of pixels. */
export function labelPair(size: number, classes: number, seed = 2): { gt: Int32Array; pred: Int32Array } {
  const rand = rng(seed);
  const gt = new Int32Array(size * size);
  const pred = new Int32Array(size * size);
  for (let i = 0; i < gt.length; i++) {
    const x = i % size;
    const y = Math.floor(i / size);
    const c = (Math.floor(x / 64) * 7 + Math.floor(y / 48) * 3) % classes;
    gt[i] = c;
    pred[i] = rand() < 0.15 ? Math.floor(rand() * classes) : c;
  }
  return { gt, pred };
}

/** `n` samples of `d`-dimensional features, rows = samples, with a random mixing. */
export function features(n: number, d: number, seed: number, shift = 0): number[][] {
  const rand = rng(seed);
  const g = gaussian(rand);
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(d);
    let prev = 0;
    for (let j = 0; j < d; j++) {
      prev = 0.6 * prev + g();
      row[j] = prev + shift;
    }
    rows.push(row);
  }
  return rows;
}

/** A random symmetric positive semi-definite d x d covariance (A A^T / d). */
export function covariance(d: number, seed: number): number[][] {
  const rand = rng(seed);
  const g = gaussian(rand);
  const a = Array.from({ length: d }, () => Array.from({ length: d }, () => g()));
  return a.map((ri) => a.map((rj) => ri.reduce((s, v, k) => s + v * (rj[k] ?? 0), 0) / d));
}
