/**
 * The combination step of LPIPS (Zhang, Isola, Efros, Shechtman and Wang,
 * "The Unreasonable Effectiveness of Deep Features as a Perceptual Metric",
 * CVPR 2018), given the network's feature maps: the network itself is not
 * part of the app, its per-layer features and learned channel weights are
 * inputs.
 */
import type { NumArray } from '../types';
import { MetricInputError, isArrayLike } from '../validate';

/** One layer's features, channel-major: data[(c * height + y) * width + x]. */
export interface FeatureMap {
  channels: number;
  height: number;
  width: number;
  data: NumArray;
}

/** LPIPS normalize_tensor's eps: x / (sqrt(sum_c x^2) + 1e-10). */
export const LPIPS_EPS = 1e-10;

function nestedLayer(name: string, v: unknown): FeatureMap {
  if (!isArrayLike(v) || v.length === 0) throw new MetricInputError(name, 'expected a [C][H][W] array');
  const channels = v.length;
  const c0 = v[0];
  if (!isArrayLike(c0) || c0.length === 0)
    throw new MetricInputError(`${name}[0]`, 'expected an [H][W] array');
  const height = c0.length;
  const r0 = c0[0];
  if (!isArrayLike(r0) || r0.length === 0)
    throw new MetricInputError(`${name}[0][0]`, 'expected a row of numbers');
  const width = r0.length;
  const data = new Float64Array(channels * height * width);
  for (let c = 0; c < channels; c++) {
    const plane = v[c];
    if (!isArrayLike(plane) || plane.length !== height) {
      throw new MetricInputError(`${name}[${c}]`, `expected ${height} rows (all channels the same size)`);
    }
    for (let y = 0; y < height; y++) {
      const row = plane[y];
      if (!isArrayLike(row) || row.length !== width) {
        throw new MetricInputError(`${name}[${c}][${y}]`, `expected ${width} numbers`);
      }
      for (let x = 0; x < width; x++) {
        const f = row[x];
        if (typeof f !== 'number' || !Number.isFinite(f)) {
          throw new MetricInputError(
            `${name}[${c}][${y}][${x}]`,
            `expected a finite number, got ${String(f)}`,
          );
        }
        data[(c * height + y) * width + x] = f;
      }
    }
  }
  return { channels, height, width, data };
}

/**
 * Reads a list of layers given as nested [C][H][W] arrays (the FORMAT.md
 * encoding of `lpips_features`) or as FeatureMap objects.
 */
export function readFeatureLayers(name: string, v: unknown): FeatureMap[] {
  if (!Array.isArray(v) || v.length === 0)
    throw new MetricInputError(name, 'expected a non-empty list of layers');
  return v.map((layer: unknown, l) => {
    if (typeof layer === 'object' && layer !== null && !isArrayLike(layer))
      return checkedMap(`${name}[${l}]`, layer);
    return nestedLayer(`${name}[${l}]`, layer);
  });
}

function checkedMap(name: string, m: object): FeatureMap {
  const { channels, height, width, data } = m as Partial<FeatureMap>;
  for (const [k, val] of [
    ['channels', channels],
    ['height', height],
    ['width', width],
  ] as const) {
    if (typeof val !== 'number' || !Number.isInteger(val) || val <= 0) {
      throw new MetricInputError(`${name}.${k}`, 'expected a positive integer');
    }
  }
  const size = channels! * height! * width!;
  if (!isArrayLike(data) || data.length !== size)
    throw new MetricInputError(`${name}.data`, `expected ${size} numbers`);
  for (let i = 0; i < size; i++) {
    const f = data[i];
    if (typeof f !== 'number' || !Number.isFinite(f))
      throw new MetricInputError(`${name}.data`, `entry ${i} is not finite`);
  }
  return { channels: channels!, height: height!, width: width!, data };
}

/**
 * LPIPS distance of each layer:
 *   d_l = (1 / (H_l W_l)) sum_{h,w} sum_c w_lc (a_hat - b_hat)^2,
 *   a_hat = a / (sqrt(sum_c a^2) + 1e-10) per spatial position (b alike),
 * as richzhang/PerceptualSimilarity computes it (lpips/__init__.py
 * normalize_tensor; lpips/lpips.py LPIPS.forward: squared difference of the
 * normalised features, NetLinLayer = 1x1 convolution with the channel weights
 * and no bias, spatial_average). An all-zero feature vector normalises to 0.
 * Throws MetricInputError when the layer counts or any layer's C, H, W differ
 * between a and b, or the weights do not have C entries per layer.
 */
export function lpipsLayerDistances(
  a: readonly FeatureMap[],
  b: readonly FeatureMap[],
  weights: readonly NumArray[],
): number[] {
  if (a.length !== b.length || a.length !== weights.length || a.length === 0) {
    throw new MetricInputError(
      'a, b, weights',
      `need the same number of layers (got ${a.length}, ${b.length}, ${weights.length})`,
    );
  }
  return a.map((fa, l) => {
    const fb = b[l]!;
    const wl = weights[l]!;
    if (fa.channels !== fb.channels || fa.height !== fb.height || fa.width !== fb.width) {
      throw new MetricInputError(
        `a[${l}], b[${l}]`,
        `layer shapes differ: ${fa.channels}x${fa.height}x${fa.width} vs ${fb.channels}x${fb.height}x${fb.width}`,
      );
    }
    if (wl.length !== fa.channels) {
      throw new MetricInputError(
        `weights[${l}]`,
        `has ${wl.length} entries, expected ${fa.channels} (one per channel)`,
      );
    }
    for (let c = 0; c < wl.length; c++) {
      if (!Number.isFinite(wl[c])) throw new MetricInputError(`weights[${l}]`, `entry ${c} is not finite`);
    }
    const { channels, height, width } = fa;
    const plane = height * width;
    let total = 0;
    for (let p = 0; p < plane; p++) {
      let sa = 0;
      let sb = 0;
      for (let c = 0; c < channels; c++) {
        const x = fa.data[c * plane + p]!;
        const y = fb.data[c * plane + p]!;
        sa += x * x;
        sb += y * y;
      }
      const na = Math.sqrt(sa) + LPIPS_EPS;
      const nb = Math.sqrt(sb) + LPIPS_EPS;
      let d = 0;
      for (let c = 0; c < channels; c++) {
        const diff = fa.data[c * plane + p]! / na - fb.data[c * plane + p]! / nb;
        d += wl[c]! * diff * diff;
      }
      total += d;
    }
    return total / plane;
  });
}

/** LPIPS distance: the sum over layers of `lpipsLayerDistances` (see there for the formula). */
export function lpipsFromFeatures(
  a: readonly FeatureMap[],
  b: readonly FeatureMap[],
  weights: readonly NumArray[],
): number {
  return lpipsLayerDistances(a, b, weights).reduce((s, v) => s + v, 0);
}
