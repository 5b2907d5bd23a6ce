/**
 * Pieces shared by `ssim` (ssim.ts) and `ssimPsnr` (ssimPsnr.ts): the reflect
 * index table of a padded line and the reflect padding of the columns of a
 * transposed moment array. The filter loops themselves stay fused in each
 * file (separate helper calls there cost about 25 % of SSIM's time).
 */
import { reflectIndex } from './filterWeights';

/** Index table of a line of n pixels padded by `radius` on each side by the reflect rule. */
export function reflectTable(n: number, radius: number): Int32Array {
  const t = new Int32Array(n + 2 * radius);
  for (let i = 0; i < t.length; i++) t[i] = reflectIndex(i - radius, n);
  return t;
}

/** Fills the reflect padding above and below each column of a transposed k-moment array. */
export function padColumns(mom: Float64Array, k: number, width: number, height: number, r: number): void {
  const stride = height + 2 * r;
  for (let j = 0; j < width; j++) {
    for (let t = 0; t < stride; t++) {
      if (t >= r && t < height + r) continue;
      const dst = k * (j * stride + t);
      const src = k * (j * stride + r + reflectIndex(t - r, height));
      for (let m = 0; m < k; m++) mom[dst + m] = mom[src + m]!;
    }
  }
}
