/**
 * Widget state of the Lab's COCO panel (`lab.coco`): settings only, never
 * the reader's files. The evaluation type, the precision-recall picker
 * (category index, threshold index) and the per-category table's sort.
 */
import * as v from 'valibot';
import { defineWidgetState } from '../../../../state/widgetState';
import { labCocoText } from '../../../../i18n/labCoco';

/** Columns the per-category table sorts by (`id`: the file's category order). */
export const COCO_SORT_KEYS = [
  'id',
  'name',
  'ap',
  'ap50',
  'ap75',
  'ar',
  'annotations',
  'detections',
] as const;
/** A sort column. */
export type CocoSortKey = (typeof COCO_SORT_KEYS)[number];

const schema = v.object({
  iouType: v.picklist(['bbox', 'keypoints']),
  category: v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(100_000)),
  threshold: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9)),
  sortKey: v.picklist(COCO_SORT_KEYS),
  sortDescending: v.boolean(),
});

/** The COCO panel's settings. */
export type CocoSettings = v.InferOutput<typeof schema>;

const defaults: CocoSettings = {
  iouType: 'bbox',
  category: 0,
  threshold: 0,
  sortKey: 'id',
  sortDescending: false,
};

/** `lab.coco`: iou_type, the picked curve (category index, -1 = mean over categories; threshold index), the sort. */
export const cocoWidget = defineWidgetState({
  id: 'lab.coco',
  title: labCocoText.title,
  schema,
  defaults,
  sharedNotice: () => labCocoText.sharedNotice,
});
