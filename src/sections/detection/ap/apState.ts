/**
 * State of the AP figure (`detection.ap`): every prediction's box and score,
 * the IoU threshold and the class whose curve is shown.
 */
import * as v from 'valibot';
import { defineWidgetState } from '../../../state/widgetState';
import { detectionText } from '../../../i18n/detection';
import { boxSchema, scoreSchema } from '../scene/boxSchema';
import { STREET_CLASSES, STREET_SIZE } from '../../../scenes/detection/streetScene';
import { AP_PREDICTIONS, IOU_THRESHOLDS } from './apScene';

const n = AP_PREDICTIONS.length;
const box = boxSchema(STREET_SIZE.width, STREET_SIZE.height);

const apSchema = v.object({
  boxes: v.pipe(v.array(box), v.length(n)),
  scores: v.pipe(v.array(scoreSchema), v.length(n)),
  threshold: v.picklist(IOU_THRESHOLDS),
  cls: v.picklist(STREET_CLASSES),
});

/** The AP figure's state. */
export const apWidget = defineWidgetState<v.InferOutput<typeof apSchema>>({
  id: 'detection.ap',
  title: detectionText.ap.title,
  schema: apSchema,
  defaults: {
    boxes: AP_PREDICTIONS.map((p) => [...p.box] as [number, number, number, number]),
    scores: AP_PREDICTIONS.map((p) => p.score),
    threshold: 0.5,
    cls: 'car',
  },
});

/** The AP figure's state type. */
export type ApState = typeof apWidget.defaults;
