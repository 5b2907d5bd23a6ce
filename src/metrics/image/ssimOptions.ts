/**
 * SSIM settings, with skimage 0.19 `structural_similarity` defaults, and
 * their resolution into filter weights and constants.
 */
import { MetricInputError } from '../validate';
import { gaussianRadius, gaussianWeights, uniformWeights } from './filterWeights';

/** SSIM settings; names follow skimage's keyword arguments. */
export interface SsimOptions {
  /** Span of possible pixel values (255 for 8-bit images). Required. */
  dataRange: number;
  /** Gaussian window (true) or uniform box window (false, skimage's default). */
  gaussianWeights?: boolean;
  /** Gaussian sigma (default 1.5); the radius is int(3.5 sigma + 0.5) whatever winSize is. */
  sigma?: number;
  /**
   * Odd window size, at most the smaller image side. Uniform filter: the box
   * size. Gaussian filter: only the border excluded from the mean,
   * (winSize - 1) / 2, and NP = winSize^2. Default 7, or 2 int(3.5 sigma + 0.5) + 1
   * with gaussian weights (11 for sigma 1.5).
   */
  winSize?: number;
  /** Luminance constant: C1 = (K1 R)^2, K1 > 0 (default 0.01). */
  K1?: number;
  /** Contrast constant: C2 = (K2 R)^2, K2 > 0 (default 0.03). */
  K2?: number;
  /** Scale (co)variances by NP / (NP - 1), NP = winSize^2 (default true, as skimage). */
  useSampleCovariance?: boolean;
  /** Also return the SSIM map (default false). */
  returnMap?: boolean;
}

/** The Wang et al. (2004) settings: Gaussian sigma 1.5, population covariances. */
export const SSIM_PAPER_SETTINGS = {
  gaussianWeights: true,
  sigma: 1.5,
  useSampleCovariance: false,
} as const satisfies Partial<SsimOptions>;

/** Everything the SSIM filters need, derived once from the options. */
export interface ResolvedSsim {
  /** 1-D filter weights, length 2 radius + 1, symmetric, summing to 1. */
  weights: Float64Array;
  radius: number;
  winSize: number;
  /** Border excluded from the mean on every side: (winSize - 1) / 2. */
  crop: number;
  /** NP / (NP - 1) with sample covariance, else 1. */
  covNorm: number;
  c1: number;
  c2: number;
  returnMap: boolean;
}

function finitePositive(name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
    throw new MetricInputError(name, `expected a finite number > 0, got ${String(v)}`);
  }
  return v;
}

/**
 * Checks the options against an image of the given size and derives the
 * filter weights and constants. Throws MetricInputError (naming the option in
 * FORMAT.md spelling) for a window that is even, below 1, larger than the
 * image, or of size 1 with sample covariance (NP - 1 = 0); for sigma, K1, K2
 * or data_range that are not finite and > 0. (skimage accepts K = 0, but then
 * a flat window gives 0/0; the constants exist to prevent exactly that.)
 */
export function resolveSsimOptions(options: SsimOptions, width: number, height: number): ResolvedSsim {
  const dataRange = finitePositive('data_range', options.dataRange);
  const gaussian = options.gaussianWeights ?? false;
  const sigma = finitePositive('sigma', options.sigma ?? 1.5);
  const k1 = finitePositive('K1', options.K1 ?? 0.01);
  const k2 = finitePositive('K2', options.K2 ?? 0.03);
  const sample = options.useSampleCovariance ?? true;
  const winSize = options.winSize ?? (gaussian ? 2 * gaussianRadius(sigma) + 1 : 7);
  if (!Number.isInteger(winSize) || winSize < 1 || winSize % 2 !== 1) {
    throw new MetricInputError('win_size', `must be an odd positive integer, got ${String(winSize)}`);
  }
  if (winSize > Math.min(width, height)) {
    throw new MetricInputError('win_size', `${winSize} is larger than the image (${width} x ${height})`);
  }
  if (sample && winSize === 1) {
    throw new MetricInputError('win_size', 'must be at least 3 with use_sample_covariance (NP - 1 = 0)');
  }
  const weights = gaussian ? gaussianWeights(sigma) : uniformWeights(winSize);
  const np = winSize * winSize;
  return {
    weights,
    radius: (weights.length - 1) / 2,
    winSize,
    crop: (winSize - 1) / 2,
    covNorm: sample ? np / (np - 1) : 1,
    c1: (k1 * dataRange) ** 2,
    c2: (k2 * dataRange) ** 2,
    returnMap: options.returnMap ?? false,
  };
}
