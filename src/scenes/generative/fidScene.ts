/**
 * FID between a real and a generated sample of the toy 2-D features, split
 * into its two terms with the metrics package's own code
 * (`fidFromFeaturesParts`: mean term ||mu_r - mu_g||^2 and the traces of the
 * covariances and of sqrt(S_r S_g)), plus the moments for the drawing.
 */
import { fidFromFeaturesParts } from '../../metrics/generative/fidFeatures';
import { columnMeans, covariance } from '../../metrics/linalg/covariance';

/** The two moments of one sample: mean [x, y] and covariance [sxx, sxy, syy] (ddof 1). */
export interface Moments {
  mean: [number, number];
  cov: [number, number, number];
}

/** FID and its two terms; `fid_features` = `mean_term` + `trace_term`. */
export interface FidSplit {
  fid_features: number;
  mean_term: number;
  trace_term: number;
}

/** The mean and covariance of n 2-D points (flat). */
export function moments(points: Float64Array): Moments {
  const n = points.length / 2;
  const m = columnMeans(points, n, 2);
  const c = covariance(points, n, 2);
  return { mean: [m[0]!, m[1]!], cov: [c[0]!, c[1]!, c[3]!] };
}

/**
 * FID of two flat 2-D samples via `fidFromFeaturesParts`. The trace term
 * Tr(S_r + S_g - 2 (S_r S_g)^1/2) is >= 0 in exact arithmetic; a
 * rounding-level negative value is shown as 0, and the total is the sum of
 * the two terms shown (equal to the package's clamped distance otherwise).
 */
export function fidSplit(real: Float64Array, generated: Float64Array): FidSplit {
  const parts = fidFromFeaturesParts(
    { rows: real.length / 2, cols: 2, data: real },
    { rows: generated.length / 2, cols: 2, data: generated },
  );
  const trace = Math.max(0, parts.trace1 + parts.trace2 - 2 * parts.traceSqrt);
  return { fid_features: parts.meanTerm + trace, mean_term: parts.meanTerm, trace_term: trace };
}

/** The first `count` points of a flat sample as a plain array (for drawing). */
export function firstPoints(points: Float64Array, count: number): number[] {
  return Array.from(points.subarray(0, Math.min(points.length, 2 * count)));
}
