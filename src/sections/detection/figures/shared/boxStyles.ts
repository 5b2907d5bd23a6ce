/**
 * Tailwind classes of the boxes drawn on the detection figures' images, one
 * place so that every figure uses the same colours in both themes.
 */

/** Stroke that keeps its screen width whatever the SVG's scale. */
const thin = '[vector-effect:non-scaling-stroke]';

export const BOX_STYLES = {
  /** A ground-truth box: dashed, white with a dark halo so it shows on any photo. */
  gt: `fill-transparent stroke-white stroke-[3] [stroke-dasharray:6_4] ${thin}`,
  gtHalo: `fill-none stroke-black/70 stroke-[5] ${thin}`,
  /** A prediction of class car / person / the single-class scenes. */
  car: `fill-sky-400/10 stroke-sky-400 stroke-[3] ${thin}`,
  person: `fill-fuchsia-400/10 stroke-fuchsia-400 stroke-[3] ${thin}`,
  pred: `fill-amber-300/10 stroke-amber-400 stroke-[3] ${thin}`,
  /** A prediction that is a false positive at the current threshold. */
  fp: '[stroke-dasharray:2_3]',
  /** Thin variants for crowded scenes of small boxes. */
  gtThin: `fill-transparent stroke-white stroke-[1.5] [stroke-dasharray:3_2] ${thin}`,
  predThin: `fill-transparent stroke-amber-400 stroke-[1.5] ${thin}`,
  /** Shading of the IoU playground. */
  union: 'fill-amber-200/30',
  intersection: 'fill-emerald-400/40',
} as const;
