/**
 * A fixed, hand-made filter bank and a feature-space distance built on it,
 * to illustrate the idea of LPIPS without a trained network. It is NOT LPIPS:
 * the filters are five textbook kernels, not a network trained on ImageNet,
 * and the channel weights are all 1, not fitted to human judgments. The
 * combination step is the real one (lpipsFromFeatures): unit-normalise the
 * features at each position, weighted squared difference, spatial mean, sum
 * over layers.
 */
import type { Raster } from '../../metrics/types';
import { MetricInputError } from '../../metrics/validate';
import { assertSameRasterShape } from '../../metrics/image/rasterPair';
import { lpipsFromFeatures, type FeatureMap } from '../../metrics/image/lpipsFeatures';

/** Number of scales (layers): 1, 1/2 and 1/4 of the image size. */
export const BANK_LAYERS = 3;
/** Filters per layer: horizontal and vertical gradient, two diagonals, centre minus surround. */
export const BANK_CHANNELS = 5;
/** Side of the square blocks the rectified responses are averaged over. */
export const BANK_POOL = 4;

/** Luma Y = 0.299 R + 0.587 G + 0.114 B (ITU-R BT.601) of an RGB image, or the grey values as they are. */
export function luma(image: Raster): { width: number; height: number; data: Float64Array } {
  const { width, height, channels } = image;
  const n = width * height;
  const out = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const s = p * channels;
    out[p] =
      channels >= 3
        ? 0.299 * image.data[s]! + 0.587 * image.data[s + 1]! + 0.114 * image.data[s + 2]!
        : image.data[s]!;
  }
  return { width, height, data: out };
}

type Plane = { width: number; height: number; data: Float64Array };

/** 2x2 box average (odd last row or column dropped). */
export function halve(p: Plane): Plane {
  const width = Math.floor(p.width / 2);
  const height = Math.floor(p.height / 2);
  const data = new Float64Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = 2 * y * p.width + 2 * x;
      data[y * width + x] =
        (p.data[i]! + p.data[i + 1]! + p.data[i + p.width]! + p.data[i + p.width + 1]!) / 4;
    }
  }
  return { width, height, data };
}

/**
 * One layer of features from a grey plane: at every inner pixel the absolute
 * responses of five 3x3 filters (x and y central differences, the two
 * diagonal differences, the pixel minus the mean of its 8 neighbours), then
 * averaged over BANK_POOL x BANK_POOL blocks. Channel-major FeatureMap.
 */
export function bankLayer(p: Plane): FeatureMap {
  const pw = Math.floor((p.width - 2) / BANK_POOL);
  const ph = Math.floor((p.height - 2) / BANK_POOL);
  if (pw < 1 || ph < 1) throw new MetricInputError('image', 'too small for the filter bank');
  const plane = pw * ph;
  const data = new Float64Array(BANK_CHANNELS * plane);
  const at = (x: number, y: number) => p.data[y * p.width + x]!;
  for (let by = 0; by < ph; by++) {
    for (let bx = 0; bx < pw; bx++) {
      const o = by * pw + bx;
      for (let dy = 0; dy < BANK_POOL; dy++) {
        const y = 1 + by * BANK_POOL + dy;
        for (let dx = 0; dx < BANK_POOL; dx++) {
          const x = 1 + bx * BANK_POOL + dx;
          const c = at(x, y);
          const l = at(x - 1, y);
          const r = at(x + 1, y);
          const u = at(x, y - 1);
          const d = at(x, y + 1);
          const ul = at(x - 1, y - 1);
          const ur = at(x + 1, y - 1);
          const dl = at(x - 1, y + 1);
          const dr = at(x + 1, y + 1);
          data[o] = data[o]! + Math.abs(r - l) / 2;
          data[plane + o] = data[plane + o]! + Math.abs(d - u) / 2;
          data[2 * plane + o] = data[2 * plane + o]! + Math.abs(dr - ul) / 2;
          data[3 * plane + o] = data[3 * plane + o]! + Math.abs(dl - ur) / 2;
          data[4 * plane + o] = data[4 * plane + o]! + Math.abs(c - (l + r + u + d + ul + ur + dl + dr) / 8);
        }
      }
    }
  }
  const norm = 1 / (BANK_POOL * BANK_POOL);
  for (let i = 0; i < data.length; i++) data[i] = data[i]! * norm;
  return { channels: BANK_CHANNELS, height: ph, width: pw, data };
}

/** The filter-bank features of an image: BANK_LAYERS layers at sizes 1, 1/2, 1/4. */
export function bankFeatures(image: Raster): FeatureMap[] {
  let p: Plane = luma(image);
  const layers: FeatureMap[] = [];
  for (let l = 0; l < BANK_LAYERS; l++) {
    if (l > 0) p = halve(p);
    layers.push(bankLayer(p));
  }
  return layers;
}

const UNIT_WEIGHTS: number[][] = Array.from({ length: BANK_LAYERS }, () =>
  new Array<number>(BANK_CHANNELS).fill(1),
);

/**
 * Filter-bank distance (not LPIPS): lpipsFromFeatures(bankFeatures(a),
 * bankFeatures(b), all weights 1), i.e.
 *   d = sum_l (1 / (H_l W_l)) sum_{h,w} || f_hat^l_hw(a) - f_hat^l_hw(b) ||^2,
 * f_hat the features unit-normalised over the 5 channels at each position.
 * 0 for identical images; at most 2 per layer. Throws MetricInputError for
 * images of different sizes or smaller than 4 (BANK_POOL) x 4 + 2 at the
 * coarsest scale (about 24 x 24 pixels).
 */
export function filterBankDistance(a: Raster, b: Raster): number {
  assertSameRasterShape(a, b);
  return lpipsFromFeatures(bankFeatures(a), bankFeatures(b), UNIT_WEIGHTS);
}
