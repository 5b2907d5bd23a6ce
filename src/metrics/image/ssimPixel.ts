/**
 * The SSIM inspector: the local statistics and the three SSIM factors at one
 * pixel, computed directly from the window around it with the same weights,
 * border rule and covariance scaling as `ssim`.
 */
import type { Raster } from '../types';
import { MetricInputError } from '../validate';
import { reflectIndex } from './filterWeights';
import { assertSameRasterShape } from './rasterPair';
import { resolveSsimOptions, type SsimOptions } from './ssimOptions';

/** Local statistics and SSIM factors at one pixel of one channel. */
export interface SsimPixel {
  /** Weighted window means. */
  muX: number;
  muY: number;
  /** Window variances and covariance (times NP/(NP-1) with sample covariance, as in `ssim`). */
  varX: number;
  varY: number;
  covXY: number;
  /** Window standard deviations sigma = sqrt(max(0, var)) (the clamp absorbs rounding below 0). */
  sigmaX: number;
  sigmaY: number;
  /** l = (2 mu_x mu_y + C1) / (mu_x^2 + mu_y^2 + C1). */
  luminance: number;
  /** c = (2 sigma_x sigma_y + C2) / (sigma_x^2 + sigma_y^2 + C2). */
  contrast: number;
  /** s = (sigma_xy + C3) / (sigma_x sigma_y + C3), C3 = C2 / 2. */
  structure: number;
  /** l * c * s: equal (to rounding) to the SSIM map of `ssim` at this pixel. */
  ssim: number;
  /** The stabilising constants used: C1 = (K1 L)^2, C2 = (K2 L)^2 and C3 = C2 / 2. */
  c1: number;
  c2: number;
  c3: number;
}

/** One channel's window statistics and SSIM terms in the snake_case of results (`ssim.luminance`...). */
export interface SsimPixelTerms {
  mu_x: number;
  mu_y: number;
  var_x: number;
  var_y: number;
  cov_xy: number;
  sigma_x: number;
  sigma_y: number;
  luminance: number;
  contrast: number;
  structure: number;
  pixel_ssim: number;
}

/** `p` with the field names results use (mu_x, var_x, cov_xy, pixel_ssim...). */
export function ssimPixelTerms(p: SsimPixel): SsimPixelTerms {
  return {
    mu_x: p.muX,
    mu_y: p.muY,
    var_x: p.varX,
    var_y: p.varY,
    cov_xy: p.covXY,
    sigma_x: p.sigmaX,
    sigma_y: p.sigmaY,
    luminance: p.luminance,
    contrast: p.contrast,
    structure: p.structure,
    pixel_ssim: p.ssim,
  };
}

function assertIndex(name: string, v: number, size: number): void {
  if (!Number.isInteger(v) || v < 0 || v >= size) {
    throw new MetricInputError(name, `expected an integer in [0, ${size - 1}], got ${String(v)}`);
  }
}

/**
 * SSIM at pixel (x, y) of channel `channel`, split into Wang et al.'s (2004)
 * luminance, contrast and structure terms:
 *   l = (2 mu_x mu_y + C1) / (mu_x^2 + mu_y^2 + C1)
 *   c = (2 sigma_x sigma_y + C2) / (sigma_x^2 + sigma_y^2 + C2)
 *   s = (sigma_xy + C3) / (sigma_x sigma_y + C3),  C3 = C2 / 2,
 * so that l c s = (2 mu_x mu_y + C1)(2 sigma_xy + C2) / ((mu_x^2 + mu_y^2 + C1)(sigma_x^2 + sigma_y^2 + C2)),
 * the SSIM that skimage's map holds at that pixel (the paper's choice
 * C3 = C2/2 is what makes the product collapse). The window statistics use
 * the same 2-D weights (outer product of the 1-D filter), scipy 'reflect'
 * border and NP/(NP-1) scaling as `ssim`. A variance that rounding made
 * slightly negative is taken as 0 inside the square roots only, which leaves
 * l c s unchanged. Throws MetricInputError for invalid images or options, or
 * a pixel or channel out of range.
 */
export function ssimAtPixel(
  a: Raster,
  b: Raster,
  x: number,
  y: number,
  channel: number,
  options: SsimOptions,
): SsimPixel {
  assertSameRasterShape(a, b);
  const { width, height, channels } = a;
  assertIndex('x', x, width);
  assertIndex('y', y, height);
  assertIndex('channel', channel, channels);
  const cfg = resolveSsimOptions(options, width, height);
  const { weights: w, radius: r, covNorm, c1, c2 } = cfg;
  let mx = 0;
  let my = 0;
  let mxx = 0;
  let myy = 0;
  let mxy = 0;
  for (let di = -r; di <= r; di++) {
    const row = reflectIndex(y + di, height) * width;
    const wi = w[di + r]!;
    for (let dj = -r; dj <= r; dj++) {
      const k = (row + reflectIndex(x + dj, width)) * channels + channel;
      const wt = wi * w[dj + r]!;
      const u = a.data[k]!;
      const v = b.data[k]!;
      mx += wt * u;
      my += wt * v;
      mxx += wt * u * u;
      myy += wt * v * v;
      mxy += wt * u * v;
    }
  }
  const varX = covNorm * (mxx - mx * mx);
  const varY = covNorm * (myy - my * my);
  const covXY = covNorm * (mxy - mx * my);
  const sx = Math.sqrt(Math.max(0, varX));
  const sy = Math.sqrt(Math.max(0, varY));
  const c3 = c2 / 2;
  const luminance = (2 * mx * my + c1) / (mx * mx + my * my + c1);
  const contrast = (2 * sx * sy + c2) / (varX + varY + c2);
  const structure = (covXY + c3) / (sx * sy + c3);
  return {
    muX: mx,
    muY: my,
    varX,
    varY,
    covXY,
    sigmaX: sx,
    sigmaY: sy,
    luminance,
    contrast,
    structure,
    ssim: luminance * contrast * structure,
    c1,
    c2,
    c3,
  };
}
