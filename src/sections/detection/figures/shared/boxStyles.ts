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
  /**
   * A prediction of class car / person / the single-class scenes. Car and person use Okabe-Ito blue and
   * vermillion, which stay apart under deuteranopia; the AP drawing also labels each box with its class letter.
   */
  car: `fill-[#0072B2]/10 stroke-[#0072B2] stroke-[3] ${thin}`,
  person: `fill-[#D55E00]/10 stroke-[#D55E00] stroke-[3] ${thin}`,
  pred: `fill-amber-300/10 stroke-amber-400 stroke-[3] ${thin}`,
  /** The IoU playground's prediction (Okabe-Ito blue, over a white halo): it shows on the orange suit. */
  iouPred: `fill-transparent stroke-[#0072B2] stroke-[3] ${thin}`,
  /** A prediction that is a false positive at the current threshold. */
  fp: '[stroke-dasharray:2_3]',
  /** Thin variants for crowded scenes of small boxes. */
  gtThin: `fill-transparent stroke-white stroke-[1.5] [stroke-dasharray:3_2] ${thin}`,
  predThin: `fill-transparent stroke-amber-400 stroke-[1.5] ${thin}`,
  /** Shading of the IoU playground. */
  union: 'fill-amber-200/30',
  intersection: 'fill-emerald-400/40',
} as const;
