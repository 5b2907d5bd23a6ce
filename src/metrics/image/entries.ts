/**
 * Registry entries of the image-quality family: PSNR, SSIM, LPIPS (from
 * features) and the app-only MSE. Arguments follow test/reference/FORMAT.md.
 */
import * as v from 'valibot';
import { defineMetric } from '../entry';
import { finite, flag, integer, maybeNumber, numArray, raster, reader } from '../args';
import { mse } from './mse';
import { psnr } from './psnr';
import { ssim } from './ssim';
import { ssimAtPixel, ssimPixelTerms, type SsimPixelTerms } from './ssimPixel';
import { lpipsFromFeatures, readFeatureLayers, type FeatureMap } from './lpipsFeatures';

const ssimArgs = {
  a: raster,
  b: raster,
  data_range: finite,
  gaussian_weights: flag(false),
  sigma: maybeNumber,
  win_size: maybeNumber,
  K1: maybeNumber,
  K2: maybeNumber,
  use_sample_covariance: flag(true),
  return_map: flag(false),
  /** The inspector's pixel: adds its terms to the result. */
  pixel: v.nullish(
    v.object({ x: integer, y: integer, channel: v.optional(integer, 0) }, 'expected an object'),
  ),
};

/** The `ssim` result: FORMAT.md's fields, the map when asked, the inspector's terms when a pixel is given. */
export interface SsimEntryResult extends Partial<SsimPixelTerms> {
  mssim: number;
  channel_mssim: number[];
  /** Width x height, channel mean (with `return_map: true`). */
  map?: Float64Array;
}

/** Layers as FORMAT.md's nested [C][H][W] arrays or FeatureMap objects, read by readFeatureLayers. */
const layers = reader<readonly unknown[], FeatureMap[]>(readFeatureLayers);

/** The image family's registry entries: `mse` (app-only), `psnr`, `ssim`, `lpips_features`. */
export const imageEntries = [
  defineMetric({
    id: 'mse',
    args: { a: raster, b: raster },
    run: (a) => mse(a.a, a.b),
  }),
  defineMetric({
    id: 'psnr',
    args: { a: raster, b: raster, data_range: finite },
    run: (a) => psnr(a.a, a.b, a.data_range),
  }),
  /**
   * `ssim` result: {mssim, channel_mssim}; with `return_map: true` also `map`;
   * with `pixel: {x, y, channel?}` also the inspector's fields at that pixel:
   * mu_x, mu_y, var_x, var_y, cov_xy, sigma_x, sigma_y, luminance, contrast,
   * structure, pixel_ssim (readouts `ssim.mu_x`..., `ssim.luminance`, `ssim.contrast`, `ssim.structure`).
   */
  defineMetric({
    id: 'ssim',
    fields: [
      'mssim',
      'channel_mssim',
      'map',
      'mu_x',
      'mu_y',
      'var_x',
      'var_y',
      'cov_xy',
      'sigma_x',
      'sigma_y',
      'luminance',
      'contrast',
      'structure',
      'pixel_ssim',
    ],
    args: ssimArgs,
    run: (a): SsimEntryResult => {
      const options = {
        dataRange: a.data_range,
        gaussianWeights: a.gaussian_weights,
        sigma: a.sigma,
        winSize: a.win_size,
        K1: a.K1,
        K2: a.K2,
        useSampleCovariance: a.use_sample_covariance,
        returnMap: a.return_map,
      };
      const r = ssim(a.a, a.b, options);
      const out: SsimEntryResult = { mssim: r.mssim, channel_mssim: Array.from(r.channelMssim) };
      if (r.map) out.map = r.map;
      if (a.pixel) {
        const p = ssimAtPixel(a.a, a.b, a.pixel.x, a.pixel.y, a.pixel.channel, options);
        Object.assign(out, ssimPixelTerms(p));
      }
      return out;
    },
  }),
  defineMetric({
    id: 'lpips_features',
    args: {
      a: layers,
      b: layers,
      weights: v.array(numArray, 'expected one array of channel weights per layer'),
    },
    run: (a) => lpipsFromFeatures(a.a, a.b, a.weights),
  }),
] as const;
