/** State of the iconic-or-crowded figure (`detection.iconic`): the detector's localisation error and miss rate. */
import * as v from 'valibot';
import { defineWidgetState } from '../../../state/widgetState';
import { detectionText } from '../../../i18n/detection';

/** Largest localisation error the slider offers, px. */
export const MAX_LOC_ERROR = 20;

const iconicSchema = v.object({
  locError: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_LOC_ERROR)),
  missRate: v.pipe(
    v.number(),
    v.minValue(0),
    v.maxValue(1),
    v.check((m) => Math.abs(m * 20 - Math.round(m * 20)) < 1e-9, 'the miss rate moves in steps of 0.05'),
  ),
});

/** Error 0..20 whole px (default 4), miss rate 0..1 in steps of 0.05 (default 0.1). */
export const iconicWidget = defineWidgetState<v.InferOutput<typeof iconicSchema>>({
  id: 'detection.iconic',
  title: detectionText.iconic.title,
  schema: iconicSchema,
  defaults: { locError: 4, missRate: 0.1 },
});
