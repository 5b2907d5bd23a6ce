/**
 * Widget state of the Lab's segmentation panel (`lab.segmentation`): its
 * settings only, never the reader's files (a share link restores the
 * settings; the files stay on the reader's machine).
 */
import * as v from 'valibot';
import { defineWidgetState } from '../../../../state/widgetState';
import { labSegmentationText } from '../../../../i18n/labSegmentation';

/** Largest id a 16-bit label map holds. */
export const MAX_LABEL = 65535;

const optionalId = (min: number) =>
  v.nullable(v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(MAX_LABEL)));

/** `lab.segmentation`: ignore index (null: none), number of classes (null: from names or data), confusion view. */
export const labSegmentationWidget = defineWidgetState({
  id: 'lab.segmentation',
  title: labSegmentationText.title,
  schema: v.object({
    ignoreIndex: optionalId(0),
    numClasses: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_LABEL + 1))),
    view: v.picklist(['counts', 'shares']),
  }),
  defaults: { ignoreIndex: 255, numClasses: null, view: 'counts' },
});
