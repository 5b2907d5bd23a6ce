/**
 * Registry entries of the image-quality family: PSNR, SSIM, LPIPS (from
 * features) and the app-only MSE. Arguments follow test/reference/FORMAT.md.
 */
import type { MetricEntry } from '../entry';
import { readBool, readNumber, readRaster } from '../args';
import { MetricInputError, assertObject } from '../validate';
import { mse } from './mse';
import { psnr } from './psnr';
import { ssim } from './ssim';
import { ssimAtPixel, ssimPixelTerms } from './ssimPixel';
import type { SsimOptions } from './ssimOptions';
import { lpipsFromFeatures, readFeatureLayers } from './lpipsFeatures';

function optionalNumber(args: Record<string, unknown>, name: string): number | undefined {
  return args[name] === undefined || args[name] === null ? undefined : readNumber(args, name);
}

function ssimOptions(args: Record<string, unknown>): SsimOptions {
  return {
    dataRange: readNumber(args, 'data_range'),
    gaussianWeights: readBool(args, 'gaussian_weights', false),
    sigma: optionalNumber(args, 'sigma'),
    winSize: optionalNumber(args, 'win_size'),
    K1: optionalNumber(args, 'K1'),
    K2: optionalNumber(args, 'K2'),
    useSampleCovariance: readBool(args, 'use_sample_covariance', true),
    returnMap: readBool(args, 'return_map', false),
  };
}

function readLayerWeights(args: Record<string, unknown>): number[][] {
  const v = args.weights;
  if (!Array.isArray(v))
    throw new MetricInputError('weights', 'expected one array of channel weights per layer');
  return v.map((w: unknown, l) => {
    if (!Array.isArray(w)) throw new MetricInputError(`weights[${l}]`, 'expected an array of numbers');
    return w.map((x: unknown, c) => {
      if (typeof x !== 'number' || !Number.isFinite(x))
        throw new MetricInputError(`weights[${l}][${c}]`, 'expected a finite number');
      return x;
    });
  });
}

/**
 * `ssim` result: {mssim, channel_mssim}; with `return_map: true` also `map`
 * (Float64Array, width x height, channel mean); with `pixel: {x, y, channel?}`
 * also the inspector's fields at that pixel: mu_x, mu_y, var_x, var_y,
 * cov_xy, luminance, contrast, structure, pixel_ssim (readouts
 * `ssim.luminance`, `ssim.contrast`, `ssim.structure`).
 */
function computeSsim(args: Record<string, unknown>): Record<string, unknown> {
  const a = readRaster(args, 'a');
  const b = readRaster(args, 'b');
  const options = ssimOptions(args);
  const r = ssim(a, b, options);
  const out: Record<string, unknown> = { mssim: r.mssim, channel_mssim: r.channelMssim };
  if (r.map) out.map = r.map;
  if (args.pixel !== undefined && args.pixel !== null) {
    const px = args.pixel;
    assertObject('pixel', px);
    const p = ssimAtPixel(
      a,
      b,
      Number(px.x),
      Number(px.y),
      px.channel === undefined ? 0 : Number(px.channel),
      options,
    );
    Object.assign(out, ssimPixelTerms(p));
  }
  return out;
}

/** The image family's registry entries: `mse` (app-only), `psnr`, `ssim`, `lpips_features`. */
export const imageEntries: MetricEntry[] = [
  {
    id: 'mse',
    title: 'Mean squared error',
    higherIsBetter: false,
    range: [0, Infinity],
    latex: String.raw`\mathrm{MSE} = \frac{1}{N}\sum_{i=1}^{N} (a_i - b_i)^2`,
    compute: (args) => mse(readRaster(args, 'a'), readRaster(args, 'b')),
  },
  {
    id: 'psnr',
    title: 'Peak signal-to-noise ratio',
    higherIsBetter: true,
    range: [0, Infinity],
    latex: String.raw`\mathrm{PSNR} = 10 \log_{10} \frac{R^2}{\mathrm{MSE}}\ \text{dB}`,
    compute: (args) => psnr(readRaster(args, 'a'), readRaster(args, 'b'), readNumber(args, 'data_range')),
  },
  {
    id: 'ssim',
    title: 'Structural similarity',
    higherIsBetter: true,
    range: [-1, 1],
    latex: String.raw`\mathrm{SSIM}(x, y) = \frac{(2\mu_x\mu_y + C_1)(2\sigma_{xy} + C_2)}{(\mu_x^2 + \mu_y^2 + C_1)(\sigma_x^2 + \sigma_y^2 + C_2)}`,
    compute: computeSsim,
  },
  {
    id: 'lpips_features',
    title: 'LPIPS distance (from network features)',
    higherIsBetter: false,
    range: [0, Infinity],
    latex: String.raw`d(x, x_0) = \sum_l \frac{1}{H_l W_l} \sum_{h,w} \left\| w_l \odot (\hat y^l_{hw} - \hat y^l_{0hw}) \right\|_2^2`,
    compute: (args) =>
      lpipsFromFeatures(
        readFeatureLayers('a', args.a),
        readFeatureLayers('b', args.b),
        readLayerWeights(args),
      ),
  },
];
