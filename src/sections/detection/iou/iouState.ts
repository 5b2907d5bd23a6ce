/**
 * State of the IoU playground (`detection.iou`): a ground-truth box on the
 * astronaut's round mission patch and a predicted box, both movable and
 * resizable on the 512x512 photo.
 */
import * as v from 'valibot';
import type { BoxXywh } from '../../../lib/geometry';
import { defineWidgetState } from '../../../state/widgetState';
import { boxSchema } from '../scene/boxSchema';
import { detectionText } from '../../../i18n/detection';
import { boxTuple } from '../../../lib/geometry';

/** The photo and its size. */
export const ASTRONAUT = { src: 'images/astronaut.png', width: 512, height: 512 } as const;

/** The mission patch on the suit: at least one box width (76 px) from every edge of the photo. */
export const PATCH_BOX: BoxXywh = [133, 347, 76, 76];

/** The default prediction: the patch's size, moved 12 px right and 8 px down (IoU ≈ 0.60). */
export const DEFAULT_PREDICTION: BoxXywh = [145, 355, 76, 76];

const box = boxSchema(ASTRONAUT.width, ASTRONAUT.height);

const iouSchema = v.object({ gt: box, pred: box });

/** The IoU playground's state: both boxes. */
export const iouWidget = defineWidgetState<v.InferOutput<typeof iouSchema>>({
  id: 'detection.iou',
  title: detectionText.iou.title,
  schema: iouSchema,
  defaults: { gt: boxTuple(PATCH_BOX), pred: boxTuple(DEFAULT_PREDICTION) },
});
