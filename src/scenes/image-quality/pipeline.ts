/**
 * The section's worker requests as plain functions: score one degraded copy,
 * match the noise to the blur, map SSIM, inspect one pixel, compare the
 * reader's images, and the filter-bank table. entries.ts reads the
 * arguments; the worker supplies the decoded photo (and JPEG copy).
 */
import type { Raster } from '../../metrics/types';
import { MetricInputError } from '../../metrics/validate';
import { ssim } from '../../metrics/image/ssim';
import { ssimAtPixel, ssimPixelTerms, type SsimPixelTerms } from '../../metrics/image/ssimPixel';
import { mse } from '../../metrics/image/mse';
import { solveNoiseSigma } from '../../metrics/image/solveNoiseSigma';
import { cachedNoiseField, type BuiltCopy, type CopySpec } from './copies';
import { toRgba } from './distortions';
import { heatmapRgba } from './heatmap';
import { scoreCopy, scoreCopyFused, type CopyScore } from './score';
import { cachedCopy, knownScore, photoReference, rememberScore } from './photoCache';
import { DATA_RANGE, IQ_SSIM, MAX_NOISE_SIGMA } from './settings';
import { filterBankDistance } from './filterBank';

/** A scored copy with its pixels for drawing. */
export interface CopyResult extends CopyScore {
  width: number;
  height: number;
  /** The copy as opaque RGBA, width x height x 4. */
  rgba: Uint8ClampedArray;
  /** Width of the region scored (smaller than width for a translation). */
  scored_width: number;
}

/** The score of a built copy of `image`, remembered per photo; same-size copies reuse the photo's SSIM statistics. */
function scoreOf(image: Raster, spec: CopySpec, built: BuiltCopy): CopyScore {
  const known = knownScore(image, spec);
  if (known) return known;
  if (built.refScored !== image)
    return rememberScore(image, spec, scoreCopy(built.refScored, built.copyScored));
  const ref = photoReference(image);
  const score = ref ? scoreCopyFused(image, built.copyScored, ref) : scoreCopy(image, built.copyScored);
  return rememberScore(image, spec, score);
}

/**
 * Builds a copy and scores it: PSNR, MSE and SSIM (scoreCopy, or its one-pass
 * form scoreCopyFused with the photo's cached SSIM statistics) on the scored
 * pair, RGBA of the copy. Copies and scores are cached per photo (photoCache.ts).
 */
export function scoredCopy(image: Raster, spec: CopySpec, jpeg?: Raster | null): CopyResult {
  const built = cachedCopy(image, spec, jpeg);
  return {
    ...scoreOf(image, spec, built),
    width: built.shown.width,
    height: built.shown.height,
    rgba: toRgba(built.shown),
    scored_width: built.copyScored.width,
  };
}

/** The outcome of "Match PSNR". */
export interface MatchResult {
  /** Noise sigma whose copy has the blurred copy's PSNR (grey levels). */
  sigma: number;
  /** False when even the largest noise cannot get down to the blurred copy's PSNR. */
  matched: boolean;
  /** PSNR of the blurred copy, dB. */
  target_psnr: number;
  /** PSNR of the noisy copy at `sigma`, dB. */
  psnr: number;
}

/**
 * The noise sigma (in [0, MAX_NOISE_SIGMA]) at which the seeded noisy copy
 * has the same MSE, hence PSNR, as the copy blurred with `blurSigma`: the
 * bisection of matchNoiseSigma, solved on MSE(sigma) alone with few
 * evaluations (solveNoiseSigma, same result), no copy rendered; the blurred
 * copy and its MSE come from the photo's cache when the figure showed them.
 * Blur 0 gives noise 0 (both PSNR infinite).
 */
export function matchNoiseToBlur(image: Raster, blurSigma: number, seed: number): MatchResult {
  const spec: CopySpec = { kind: 'blur', level: blurSigma };
  const target = knownScore(image, spec)?.mse ?? mse(image, cachedCopy(image, spec).shown);
  const field = cachedNoiseField(image.data.length, seed);
  const m = solveNoiseSigma(image, field, target, MAX_NOISE_SIGMA);
  const p = (x: number) => (x === 0 ? Infinity : 10 * Math.log10((DATA_RANGE * DATA_RANGE) / x));
  return { sigma: m.sigma, matched: m.matched, target_psnr: p(target), psnr: p(m.mse) };
}

/** The SSIM map of a copy and its pictures. */
export interface SsimMapResult {
  width: number;
  height: number;
  /** The copy, RGBA. */
  rgba: Uint8ClampedArray;
  /** The SSIM map (channel mean) coloured with viridis over [0, 1], RGBA. */
  heat: Uint8ClampedArray;
  mssim: number;
  /** Smallest value of the map. */
  min: number;
}

/** SSIM with its full map (skimage `full=True`, channel mean) of a same-size copy, coloured for drawing. */
export function ssimMapOf(image: Raster, spec: CopySpec, jpeg?: Raster | null): SsimMapResult {
  if (spec.kind === 'translation')
    throw new MetricInputError('kind', 'the inspector needs a copy of the same size');
  const built = cachedCopy(image, spec, jpeg);
  const r = ssim(image, built.shown, { ...IQ_SSIM, returnMap: true });
  const map = r.map!;
  let min = Infinity;
  for (let i = 0; i < map.length; i++) if (map[i]! < min) min = map[i]!;
  return {
    width: image.width,
    height: image.height,
    rgba: toRgba(built.shown),
    heat: heatmapRgba(map),
    mssim: r.mssim,
    min,
  };
}

/** One channel's window statistics and SSIM terms at the inspected pixel. */
export type PixelTerms = SsimPixelTerms;

/** The inspector at (x, y): every channel's terms (ssimAtPixel) and the constants C1, C2, C3 it used. */
export function inspectPixel(
  image: Raster,
  spec: CopySpec,
  x: number,
  y: number,
  jpeg?: Raster | null,
): { channels: PixelTerms[]; c1: number; c2: number; c3: number } {
  if (spec.kind === 'translation')
    throw new MetricInputError('kind', 'the inspector needs a copy of the same size');
  const built = cachedCopy(image, spec, jpeg);
  const pixels = Array.from({ length: image.channels }, (_, c) =>
    ssimAtPixel(image, built.shown, x, y, c, IQ_SSIM),
  );
  const { c1, c2, c3 } = pixels[0]!;
  return { channels: pixels.map(ssimPixelTerms), c1, c2, c3 };
}

/** The reader's comparison: image a against b (or against a's degraded copy), both drawn. */
export interface PairResult extends CopyResult {
  /** The reference image a, RGBA. */
  a_rgba: Uint8ClampedArray;
}

/** Compares `a` with `b` when given, else with a copy of `a` built from `spec` (scoredCopy). */
export function comparePair(a: Raster, b: Raster | null, spec: CopySpec, jpeg?: Raster | null): PairResult {
  if (b) {
    return {
      ...scoreCopy(a, b),
      width: a.width,
      height: a.height,
      rgba: toRgba(b),
      a_rgba: toRgba(a),
      scored_width: a.width,
    };
  }
  return { ...scoredCopy(a, spec, jpeg), a_rgba: toRgba(a) };
}

/** One row of the filter-bank table. */
export interface FeatureRow {
  subject: string;
  psnr: number;
  ssim: number;
  feature_distance: number;
}

/**
 * PSNR, SSIM and the filter-bank distance (not LPIPS) of five copies of the
 * photo: blurred (sigma `blur`), noisy with the matched sigma, brightness +10,
 * moved 2 px (overlap), and the JPEG copy.
 */
export function featureTable(
  image: Raster,
  blur: number,
  seed: number,
  jpeg: Raster,
): { rows: FeatureRow[]; noise_sigma: number } {
  const noise = matchNoiseToBlur(image, blur, seed).sigma;
  const specs: [string, CopySpec][] = [
    ['blurred', { kind: 'blur', level: blur }],
    ['noisy', { kind: 'noise', level: noise, seed }],
    ['brightness', { kind: 'brightness', level: 10 }],
    ['translation', { kind: 'translation', level: 2 }],
    ['jpeg', { kind: 'jpeg', level: 0 }],
  ];
  const rows = specs.map(([subject, spec]) => {
    const built = cachedCopy(image, spec, jpeg);
    const score = scoreOf(image, spec, built);
    return {
      subject,
      psnr: score.psnr,
      ssim: score.ssim,
      feature_distance: filterBankDistance(built.refScored, built.copyScored),
    };
  });
  return { rows, noise_sigma: noise };
}
