/**
 * Widget state of the Lab's image-pair panel (`lab.image-pair`): the PSNR and
 * SSIM settings only, never the reader's images. Each value lives on its
 * number field's grid, so a share link restores exactly what was set.
 */
import * as v from 'valibot';
import { defineWidgetState } from '../../../../state/widgetState';
import { onGrid } from '../../../../lib/gridSchema';
import type { NumberRule } from '../../../../widgets/numberFieldText';
import { labPixelsText } from '../../../../i18n/labPixels';
import { DEFAULT_IMAGE_PAIR_SETTINGS, type ImagePairSettings } from '../../../../lab/imagePair/settings';

/** Grids of the number fields. */
export const IMAGE_PAIR_RULES = {
  dataRange: { min: 1, max: 65535, step: 1 },
  winSize: { min: 3, max: 51, step: 2 },
  K: { min: 0.001, max: 0.5, step: 0.001 },
} as const satisfies Record<string, NumberRule>;

const odd = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(IMAGE_PAIR_RULES.winSize.min),
  v.maxValue(IMAGE_PAIR_RULES.winSize.max),
  v.check((x) => x % 2 === 1, 'must be odd'),
);
const k = onGrid(IMAGE_PAIR_RULES.K.min, IMAGE_PAIR_RULES.K.max, IMAGE_PAIR_RULES.K.step, 1e-6);

/** `lab.image-pair`: data range, window, window size, K1, K2, sample covariance. */
export const imagePairWidget = defineWidgetState<ImagePairSettings>({
  id: 'lab.image-pair',
  title: labPixelsText.imagePair.title,
  schema: v.object({
    dataRange: onGrid(IMAGE_PAIR_RULES.dataRange.min, IMAGE_PAIR_RULES.dataRange.max, 1),
    gaussian: v.boolean(),
    winSize: odd,
    K1: k,
    K2: k,
    sampleCovariance: v.boolean(),
  }),
  defaults: { ...DEFAULT_IMAGE_PAIR_SETTINGS },
});
