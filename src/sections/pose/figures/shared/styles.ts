/**
 * Tailwind classes of the pose drawings, in one place so that every figure
 * draws ground truth, predictions, silhouettes and rings alike in both themes.
 * Strokes keep their screen width at any zoom (the 4x inset included).
 */
const thin = '[vector-effect:non-scaling-stroke]';

/** Classes by drawn thing. */
export const POSE_STYLES = {
  gtLimb: `stroke-truth stroke-[2.5] ${thin}`,
  gtJoint: 'fill-truth',
  /** A ground-truth joint that is not labelled (v = 0). */
  gtUnlabelled: `fill-bg stroke-muted stroke-[1.5] [stroke-dasharray:2_2] ${thin}`,
  predLimb: `stroke-pred stroke-[2] [stroke-dasharray:5_3] ${thin}`,
  predJoint: `fill-pred stroke-bg stroke-[1.5] ${thin}`,
  /** A prediction of a joint that is not counted. */
  predIgnored: `fill-bg stroke-muted stroke-[2] ${thin}`,
  silhouette: `fill-muted/20 stroke-muted/60 stroke-[1] ${thin}`,
  backdropSky: 'fill-surface',
  backdropGround: 'fill-surface-2',
  ringInner: `fill-truth/15 stroke-truth stroke-[1.5] ${thin}`,
  ringOuter: `fill-none stroke-truth stroke-[1.5] [stroke-dasharray:4_3] ${thin}`,
  threshold: `fill-accent/10 stroke-accent stroke-[1.5] ${thin}`,
  insetFrame: `fill-none stroke-fg stroke-[1.5] [stroke-dasharray:4_2] ${thin}`,
  label: 'fill-fg text-[12px] font-semibold',
} as const;
