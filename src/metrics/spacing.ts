/** Floating-point constants that reference implementations use by name. */

/**
 * numpy's `np.spacing(1)`: the gap between 1 and the next double, 2^-52
 * (= Number.EPSILON = 2.220446049250313e-16). pycocotools adds it to the
 * object area in OKS and to tp + fp in the COCO precision.
 */
export const SPACING_1 = Number.EPSILON;
