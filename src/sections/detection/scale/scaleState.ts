/** State of the scale figure (`detection.scale`): the horizontal shift in pixels. */
import * as v from 'valibot';
import { defineWidgetState } from '../../../state/widgetState';
import { detectionText } from '../../../i18n/detection';
import { MAX_SHIFT } from './scaleBoxes';

const scaleSchema = v.object({
  shift: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SHIFT)),
});

/** The shift, 0 to MAX_SHIFT whole pixels; 5 by default. */
export const scaleWidget = defineWidgetState<v.InferOutput<typeof scaleSchema>>({
  id: 'detection.scale',
  title: detectionText.scale.title,
  schema: scaleSchema,
  defaults: { shift: 5 },
});
