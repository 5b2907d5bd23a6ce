/** State of the empty-image figure (`detection.empty`): whether the detector fires on the empty road. */
import * as v from 'valibot';
import { defineWidgetState } from '../../../state/widgetState';
import { detectionText } from '../../../i18n/detection';

const emptySchema = v.object({ fires: v.boolean() });

/** Fires by default, so the reader first sees precision 0 next to undefined recall. */
export const emptyWidget = defineWidgetState<v.InferOutput<typeof emptySchema>>({
  id: 'detection.empty',
  title: detectionText.empty.title,
  schema: emptySchema,
  defaults: { fires: true },
});
