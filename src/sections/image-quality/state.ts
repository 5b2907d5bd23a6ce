/**
 * Widget states of the image-quality section. Every value lives on its
 * control's grid, so a share link restores exactly what the reader saw (the
 * noise seed included) and a tampered link is refused (and reset). The
 * reader's own images are never part of a state: a link made while they were
 * shown restores the built-in photo, with a notice.
 */
import * as v from 'valibot';
import { defineWidgetState } from '../../state/widgetState';
import { onGrid } from '../../lib/gridSchema';
import { PHOTO_IDS, photoInfo } from '../../assets/photoCatalog';
import { iqText } from '../../i18n/imageQuality';
import { aggregationText } from '../../i18n/aggregation';
import { TEST_SET_DEFAULTS, testSetSchema } from '../../widgets/aggregation/testSetState';
import { FEATURE_LENGTH, LPIPS_CHANNELS, LPIPS_PRESETS } from './figures/lpips/lpipsPresets';

/** Grid check tolerance: "Match PSNR" reaches the 0.001 noise grid by arithmetic, so values are checked to 1e-6 of a step. */
const IQ_TOLERANCE = 1e-6;

/** A slider's range and step. */
export interface Range {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** Blur σ slider, pixels (default 1.5). */
export const BLUR_RANGE: Range = { min: 0, max: 5, step: 0.1 };
/** The noise slider moves in steps of 0.5; "Match PSNR" may set any multiple of 0.001. */
export const NOISE_RANGE: Range = { min: 0, max: 60, step: 0.5 };
export const NOISE_GRID = 0.001;
/** Brightness shift slider, grey levels. */
export const BRIGHTNESS_RANGE: Range = { min: -60, max: 60, step: 1 };
/** Contrast factor slider. */
export const CONTRAST_RANGE: Range = { min: 0.3, max: 1.7, step: 0.05 };
/** Translation slider, pixels to the right. */
export const SHIFT_RANGE: Range = { min: 1, max: 4, step: 1 };
/** JPEG quality slider (the browser encoder's quality times 100). */
export const QUALITY_RANGE: Range = { min: 1, max: 100, step: 1 };
/** Range and step of the LPIPS figure's features and weights (typed in number fields, so two decimals). */
export const FEATURE_RANGE: Range = { min: 0, max: 2, step: 0.01 };
/** Largest noise seed (32-bit signed positive). */
export const SEED_MAX = 2 ** 31 - 1;

const photo = v.picklist(PHOTO_IDS);
const seed = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(SEED_MAX));

/** Blur σ the blurry-versus-noisy figure opens with. */
export const DEFAULT_BLUR = 1.5;
/**
 * Noise σ the blurry-versus-noisy figure opens with: what "Match PSNR" finds
 * for the astronaut blurred with σ 1.5 and noise seed 1, on the 0.001 grid,
 * so the figure opens on the matched pair (both copies 26.7 dB).
 * matchedDefault.test.ts recomputes it from the photo with the metrics code
 * and checks that both PSNRs agree within 0.01 dB.
 */
export const MATCHED_NOISE = 12.412;

/** The reader's answer to "Which looks better?"; `none` until they vote. */
export const VOTES = ['none', 'blurred', 'noisy', 'same'] as const;
export type VoteState = (typeof VOTES)[number];

/**
 * `image-quality.blur-noise`: one photo, a blurred and a noisy copy, the
 * reader's vote and whether the numbers are uncovered. The vote travels in
 * share links, so a link made after voting opens with the numbers shown.
 * Links from before the vote was shared lack both fields and read as "no
 * vote, covered".
 */
export const blurNoiseWidget = defineWidgetState({
  id: 'image-quality.blur-noise',
  title: iqText.blurNoise.title,
  schema: v.object({
    photo,
    blur: onGrid(BLUR_RANGE.min, BLUR_RANGE.max, BLUR_RANGE.step, IQ_TOLERANCE),
    noise: onGrid(NOISE_RANGE.min, NOISE_RANGE.max, NOISE_GRID, IQ_TOLERANCE),
    seed,
    vote: v.optional(v.picklist(VOTES), 'none'),
    revealed: v.optional(v.boolean(), false),
  }),
  defaults: {
    photo: 'astronaut',
    blur: DEFAULT_BLUR,
    noise: MATCHED_NOISE,
    seed: 1,
    vote: 'none' as VoteState,
    revealed: false,
  },
});

/** The variants of "More ways to fool PSNR", in their default order. */
export const VARIANTS = ['brightness', 'contrast', 'translation', 'jpeg'] as const;
export type Variant = (typeof VARIANTS)[number];

const isPermutation = (order: Variant[]) =>
  order.length === VARIANTS.length && VARIANTS.every((id) => order.includes(id));

/** `image-quality.fool`: brightness, contrast, translation and JPEG copies, and the reader's ranking. */
export const foolWidget = defineWidgetState({
  id: 'image-quality.fool',
  title: iqText.fool.title,
  schema: v.object({
    photo,
    brightness: onGrid(BRIGHTNESS_RANGE.min, BRIGHTNESS_RANGE.max, 1, IQ_TOLERANCE),
    contrast: onGrid(CONTRAST_RANGE.min, CONTRAST_RANGE.max, CONTRAST_RANGE.step, IQ_TOLERANCE),
    shift: onGrid(SHIFT_RANGE.min, SHIFT_RANGE.max, 1, IQ_TOLERANCE),
    quality: onGrid(QUALITY_RANGE.min, QUALITY_RANGE.max, 1, IQ_TOLERANCE),
    eye: v.pipe(v.array(v.picklist(VARIANTS)), v.check(isPermutation, 'must list each variant once')),
  }),
  defaults: {
    photo: 'astronaut',
    brightness: 10,
    contrast: 0.8,
    shift: 2,
    quality: 20,
    eye: [...VARIANTS] as Variant[],
  },
});

/** Copies the SSIM inspector can look at (a translation changes the size, so it is not offered). */
export const INSPECT_KINDS = ['blur', 'noise', 'brightness', 'contrast', 'jpeg'] as const;
export type InspectKind = (typeof INSPECT_KINDS)[number];

/** `image-quality.inspector`: which copy, which pixel, which channel's formula. */
export const inspectorWidget = defineWidgetState({
  id: 'image-quality.inspector',
  title: iqText.inspector.title,
  schema: v.pipe(
    v.object({
      photo,
      kind: v.picklist(INSPECT_KINDS),
      x: v.pipe(v.number(), v.integer(), v.minValue(0)),
      y: v.pipe(v.number(), v.integer(), v.minValue(0)),
      channel: v.picklist([0, 1, 2]),
    }),
    v.check((s) => {
      const info = photoInfo(s.photo);
      return !!info && s.x < info.width && s.y < info.height;
    }, 'the pixel must lie inside the photo'),
  ),
  defaults: { photo: 'astronaut', kind: 'blur' as InspectKind, x: 250, y: 180, channel: 0 as 0 | 1 | 2 },
});

/** How the reader's single image is degraded, and the level range of each kind. */
export const OWN_KINDS = ['blur', 'noise', 'brightness', 'contrast', 'jpeg'] as const;
export type OwnKind = (typeof OWN_KINDS)[number];
/** The level slider of each kind. */
export const OWN_RANGES: Readonly<Record<OwnKind, Range>> = {
  blur: BLUR_RANGE,
  noise: NOISE_RANGE,
  brightness: BRIGHTNESS_RANGE,
  contrast: CONTRAST_RANGE,
  jpeg: QUALITY_RANGE,
};
/** The level a kind starts at when chosen. */
export const OWN_DEFAULT_LEVELS: Readonly<Record<OwnKind, number>> = {
  blur: 1.5,
  noise: 10,
  brightness: 10,
  contrast: 0.8,
  jpeg: 20,
};

/** `image-quality.own`: the degradation of a single image; `own` is true while the reader's files are shown. */
export const ownWidget = defineWidgetState({
  id: 'image-quality.own',
  title: iqText.own.title,
  schema: v.pipe(
    v.object({
      kind: v.picklist(OWN_KINDS),
      level: v.number(),
      own: v.boolean(),
      ownNotShared: v.boolean(),
    }),
    v.check((s) => {
      const r = OWN_RANGES[s.kind];
      return v.is(onGrid(r.min, r.max, r.step, IQ_TOLERANCE), s.level);
    }, 'level must be on the grid of its kind'),
  ),
  defaults: { kind: 'blur' as OwnKind, level: 1.5, own: false, ownNotShared: false },
  toShare: (s) => (s.own ? { ...s, own: false, ownNotShared: true } : s),
  // `own: true` never comes from this app's links (toShare clears it), but a hand-made link may carry it.
  sharedNotice: (s) => (s.ownNotShared || s.own ? iqText.own.notSharedNotice : null),
});

const features = v.pipe(
  v.array(onGrid(FEATURE_RANGE.min, FEATURE_RANGE.max, FEATURE_RANGE.step, IQ_TOLERANCE)),
  v.length(FEATURE_LENGTH),
);

/** `image-quality.lpips`: two tiny feature stacks and the channel weights, editable. */
export const lpipsWidget = defineWidgetState({
  id: 'image-quality.lpips',
  title: iqText.lpips.title,
  schema: v.object({
    a: features,
    b: features,
    w: v.pipe(
      v.array(onGrid(FEATURE_RANGE.min, FEATURE_RANGE.max, FEATURE_RANGE.step, IQ_TOLERANCE)),
      v.length(LPIPS_CHANNELS),
    ),
  }),
  defaults: {
    a: [...LPIPS_PRESETS.blurred.a],
    b: [...LPIPS_PRESETS.blurred.b],
    w: [...LPIPS_PRESETS.blurred.w],
  },
});

/** `image-quality.filter-bank`: which photo the filter-bank table uses. */
export const filterBankWidget = defineWidgetState({
  id: 'image-quality.filter-bank',
  title: iqText.filterBank.title,
  schema: v.object({ photo }),
  defaults: { photo: 'astronaut' },
});

/** `image-quality.aggregation`: size and seed of the per-image vs pooled test set. */
export const aggregationWidget = defineWidgetState({
  id: 'image-quality.aggregation',
  title: aggregationText.imageQuality.title,
  schema: testSetSchema,
  defaults: TEST_SET_DEFAULTS,
});

/**
 * `image-quality.implementations`: the photo, the blur σ and either "noise
 * matched to the blurred copy's PSNR" (`matched`, the worker finds σ on the
 * 0.001 grid) or the noise σ the reader set. Opens on the coffee photo, where
 * one variant ranks the noisy copy above the blurred one.
 */
export const implementationsWidget = defineWidgetState({
  id: 'image-quality.implementations',
  title: iqText.implementations.title,
  schema: v.object({
    photo,
    blur: onGrid(BLUR_RANGE.min, BLUR_RANGE.max, BLUR_RANGE.step, IQ_TOLERANCE),
    noise: onGrid(NOISE_RANGE.min, NOISE_RANGE.max, NOISE_GRID, IQ_TOLERANCE),
    matched: v.boolean(),
  }),
  defaults: { photo: 'coffee', blur: DEFAULT_BLUR, noise: MATCHED_NOISE, matched: true },
});
