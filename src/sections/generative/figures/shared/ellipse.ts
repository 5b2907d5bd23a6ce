/**
 * Drawing geometry of the covariance ellipses: the k-sigma ellipse of a 2-D
 * covariance [sxx, sxy, syy] has semi-axes k sqrt(lambda_1), k sqrt(lambda_2)
 * along the eigenvectors. Angles are for a y-up plane.
 */

/** Semi-axes (a >= b) and the angle of the major axis in degrees, counter-clockwise from +x (y up). */
export interface EllipseShape {
  a: number;
  b: number;
  angle: number;
}

/** The k-sigma ellipse of the covariance [sxx, sxy, syy] (negative eigenvalues from rounding are clamped to 0). */
export function covarianceEllipse(cov: readonly [number, number, number], k: number): EllipseShape {
  const [sxx, sxy, syy] = cov;
  const mid = (sxx + syy) / 2;
  const half = Math.hypot((sxx - syy) / 2, sxy);
  const l1 = Math.max(0, mid + half);
  const l2 = Math.max(0, mid - half);
  const angle = (0.5 * Math.atan2(2 * sxy, sxx - syy) * 180) / Math.PI;
  return { a: k * Math.sqrt(l1), b: k * Math.sqrt(l2), angle };
}
