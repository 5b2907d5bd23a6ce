/** State of the ties figure (`detection.ties`): the tie rule. */
import * as v from 'valibot';
import { defineWidgetState } from '../../../state/widgetState';
import { detectionText } from '../../../i18n/detection';
import { TIE_RULES } from './tiesArgs';

const tiesSchema = v.object({ rule: v.picklist(TIE_RULES) });

/** The rule that orders equal scores; pycocotools' stable order by default. */
export const tiesWidget = defineWidgetState<v.InferOutput<typeof tiesSchema>>({
  id: 'detection.ties',
  title: detectionText.ties.title,
  schema: tiesSchema,
  defaults: { rule: 'stable' },
});
