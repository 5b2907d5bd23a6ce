/** State of the VOC-or-COCO figure (`detection.presets`): the loose detector's box growth and which boxes are drawn. */
import * as v from 'valibot';
import { defineWidgetState } from '../../../state/widgetState';
import { detectionText } from '../../../i18n/detection';
import { PRESETS } from '../../../scenes/detection/presetDetectors';

/** Largest growth the slider offers, %. */
export const MAX_GROWTH = 60;

const presetsSchema = v.object({
  growth: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(0),
    v.maxValue(MAX_GROWTH),
    v.check((g) => g % 5 === 0, 'growth moves in steps of 5 %'),
  ),
  show: v.picklist(PRESETS),
});

/** Growth 0..MAX_GROWTH % in steps of 5 (default 30), and the preset drawn (default loose). */
export const presetsWidget = defineWidgetState<v.InferOutput<typeof presetsSchema>>({
  id: 'detection.presets',
  title: detectionText.presets.title,
  schema: presetsSchema,
  defaults: { growth: 30, show: 'loose' },
});
