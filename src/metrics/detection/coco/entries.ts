/**
 * Registry entry of the COCO evaluation (test/reference/FORMAT.md `coco_eval`).
 */
import * as v from 'valibot';
import { numArray, objectOf } from '../../args';
import { defineMetric } from '../../entry';
import { cocoEval } from './cocoEval';
import { BBOX_STAT_NAMES, KEYPOINT_STAT_NAMES } from './summarize';

/**
 * `coco_eval`: args `iou_type` ("bbox" | "keypoints"), `gt` (COCO ground-truth
 * JSON), `dt` (COCO results list), optional `sigmas` (keypoints). `gt` and
 * `dt` are checked field by field by cocoEval's readers. The result is
 * cocoEval's (named stats, `stats`, precision/recall tables); toReference
 * writes `{stats}` with -1 in place of null, as pycocotools prints them.
 */
export const cocoEntries = [
  defineMetric({
    id: 'coco_eval',
    fields: ['stats', ...new Set([...BBOX_STAT_NAMES, ...KEYPOINT_STAT_NAMES])],
    args: {
      iou_type: v.picklist(['bbox', 'keypoints'], 'expected "bbox" or "keypoints"'),
      gt: objectOf<object>(),
      dt: v.custom<readonly object[]>(Array.isArray, 'expected an array of results'),
      sigmas: v.pipe(
        v.nullish(numArray),
        v.transform((x) => x ?? undefined),
      ),
    },
    run: (a) => cocoEval({ iouType: a.iou_type, gt: a.gt, dt: a.dt, sigmas: a.sigmas }),
    toReference: (result) => ({ stats: result.stats.map((s) => (s === null ? -1 : s)) }),
  }),
] as const;
