/**
 * Registry entries of the COCO evaluation (test/reference/FORMAT.md `coco_eval`).
 */
import { readNumArray } from '../../args';
import type { MetricEntry } from '../../entry';
import { MetricInputError } from '../../validate';
import { cocoEval, type CocoEvalResult } from './cocoEval';
import type { CocoIouType } from './params';

function readIouType(args: Record<string, unknown>): CocoIouType {
  const v = args.iou_type;
  if (v !== 'bbox' && v !== 'keypoints') {
    throw new MetricInputError('iou_type', `expected "bbox" or "keypoints", got ${String(v)}`);
  }
  return v;
}

function isCocoEvalResult(v: unknown): v is CocoEvalResult {
  return typeof v === 'object' && v !== null && Array.isArray((v as { stats?: unknown }).stats);
}

/**
 * `coco_eval`: args `iou_type` ("bbox" | "keypoints"), `gt` (COCO ground-truth
 * JSON), `dt` (COCO results list), optional `sigmas` (keypoints). The result
 * is cocoEval's (named stats, `stats`, precision/recall tables); toReference
 * writes `{stats}` with -1 in place of null, as pycocotools prints them.
 */
export const cocoEntries: MetricEntry[] = [
  {
    id: 'coco_eval',
    title: 'COCO average precision and recall',
    higherIsBetter: true,
    range: [0, 1],
    latex:
      '\\mathrm{AP} = \\frac{1}{|T|\\,|K|} \\sum_{t \\in T} \\sum_{k \\in K} \\frac{1}{101} \\sum_{r \\in \\{0, 0.01, \\ldots, 1\\}} \\max_{\\tilde r \\ge r} p_{t,k}(\\tilde r)',
    compute: (args) =>
      cocoEval({
        iouType: readIouType(args),
        gt: args.gt,
        dt: args.dt,
        sigmas: args.sigmas === undefined || args.sigmas === null ? undefined : readNumArray(args, 'sigmas'),
      }),
    toReference: (result) => {
      if (!isCocoEvalResult(result)) throw new Error('coco_eval: not a cocoEval result');
      return { stats: result.stats.map((v) => (v === null ? -1 : v)) };
    },
  },
];
