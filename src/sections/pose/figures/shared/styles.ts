/**
 * Tailwind classes of the pose drawings, in one place so that every figure
 * draws ground truth, predictions, silhouettes and rings alike in both themes.
 * Strokes keep their screen width at any zoom (the 4x inset included).
 * Ground truth is blue (Okabe-Ito #0072B2, sky #56B4E9 in the dark theme),
 * filled dots and solid bones; predictions are the theme's orange, hollow
 * diamonds and dashed bones: shape and dash tell them apart, and blue
 * against orange stays apart under deuteranopia.
 */
const thin = '[vector-effect:non-scaling-stroke]';
/*
 * The ground-truth colour is written out in full in every class (Tailwind
 * only generates classes it finds literally in the source):
 * light-dark(#0072b2,#56b4e9).
 */

/** Classes by drawn thing. */
export const POSE_STYLES = {
  gtLimb: `[stroke:light-dark(#0072b2,#56b4e9)] stroke-[2.5] ${thin}`,
  gtJoint: '[fill:light-dark(#0072b2,#56b4e9)]',
  /** A ground-truth joint that is not labelled (v = 0). */
  gtUnlabelled: `fill-bg stroke-muted stroke-[1.5] [stroke-dasharray:2_2] ${thin}`,
  predLimb: `stroke-pred stroke-[2] [stroke-dasharray:5_3] ${thin}`,
  /** A predicted joint: a hollow diamond. */
  predJoint: `fill-bg stroke-pred stroke-[2] ${thin}`,
  /** A prediction of a joint that is not counted. */
  predIgnored: `fill-bg stroke-muted stroke-[2] [stroke-dasharray:2_2] ${thin}`,
  silhouette: `fill-muted/20 stroke-muted/60 stroke-[1] ${thin}`,
  backdropSky: 'fill-surface',
  backdropGround: 'fill-surface-2',
  ringInner: `[fill:color-mix(in_srgb,light-dark(#0072b2,#56b4e9)_15%,transparent)] [stroke:light-dark(#0072b2,#56b4e9)] stroke-[1.5] ${thin}`,
  ringOuter: `fill-none [stroke:light-dark(#0072b2,#56b4e9)] stroke-[1.5] [stroke-dasharray:4_3] ${thin}`,
  threshold: `fill-fg/5 stroke-muted stroke-[1.5] [stroke-dasharray:3_2] ${thin}`,
  insetFrame: `fill-none stroke-fg stroke-[1.5] [stroke-dasharray:4_2] ${thin}`,
  /** Text drawn in a picture: 18 image px, at least 16 CSS px where the picture is drawn at 0.9x or more. */
  label: 'fill-fg text-[18px] font-semibold',
  /** Legend swatch colours (HTML). */
  truthBg: '[background:light-dark(#0072b2,#56b4e9)]',
  truthBorder: '[border-color:light-dark(#0072b2,#56b4e9)]',
} as const;
