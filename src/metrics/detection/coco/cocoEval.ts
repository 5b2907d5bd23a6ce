/**
 * The whole COCO evaluation (pycocotools `COCOeval` evaluate → accumulate →
 * summarize) for boxes and keypoints, with the intermediate tables kept for
 * the widgets (per-category and per-threshold AP, precision-recall curves,
 * the outcome of every detection).
 */
import type { Maybe } from '../../types';
import { MetricInputError } from '../../validate';
import { accumulateCoco, type CocoTable } from './accumulate';
import { evaluateCoco, type CocoMatches } from './evaluate';
import { COCO_KEYPOINT_SIGMAS, cocoParams, type CocoIouType, type CocoParams } from './params';
import { readDetections } from './readDetections';
import { readGroundTruth } from './readGroundTruth';
import { summarizeBbox, summarizeKeypoints, type BboxStats, type KeypointStats } from './summarize';
import { meanPrecision } from './tables';

/** Input of cocoEval: COCO JSON as pycocotools reads it. */
export interface CocoEvalInput {
  readonly iouType: CocoIouType;
  /** COCO ground-truth JSON: `{images, annotations, categories}`. */
  readonly gt: unknown;
  /** COCO results list: `[{image_id, category_id, bbox | keypoints, score}]`. */
  readonly dt: unknown;
  /** Keypoint OKS sigmas (keypoints only); the 17 COCO sigmas by default. */
  readonly sigmas?: ArrayLike<number>;
  /**
   * Optional progress report (never changes the result): the phase and the
   * fraction of it done, e.g. ('match', 0.4) after 40% of the images.
   */
  readonly onProgress?: (phase: CocoEvalPhase, fraction: number) => void;
}

/** The phases cocoEval reports progress for: reading the JSON, matching image by image, accumulating. */
export type CocoEvalPhase = 'read' | 'match' | 'accumulate';

/** What both evaluation types return besides their named stats. */
export interface CocoEvalTables {
  readonly iouType: CocoIouType;
  /** The parameters used, with the evaluated image and category ids (sorted, as pycocotools sorts them). */
  readonly params: CocoParams & { readonly imgIds: readonly number[]; readonly catIds: readonly number[] };
  /** precision[T][R][K][A][M] exactly as pycocotools `eval['precision']` (-1 = no gt); read with precisionAt. */
  readonly precision: CocoTable;
  /** recall[T][K][A][M] exactly as pycocotools `eval['recall']` (-1 = no gt); read with recallAt. */
  readonly recall: CocoTable;
  /** AP@[.5:.95] of each category (catIds order), area 'all', largest maxDets; null = no gt. */
  readonly perCategoryAp: Maybe[];
  /** AP at each IoU threshold (iouThrs order) averaged over categories, area 'all', largest maxDets. */
  readonly perThresholdAp: Maybe[];
  /** Outcome of every kept detection at every area range and threshold, and the gt counts. */
  readonly matches: CocoMatches;
}

export type CocoBboxEvalResult = CocoEvalTables & BboxStats & { readonly iouType: 'bbox' };
export type CocoKeypointsEvalResult = CocoEvalTables & KeypointStats & { readonly iouType: 'keypoints' };
export type CocoEvalResult = CocoBboxEvalResult | CocoKeypointsEvalResult;

function checkSigmas(input: CocoEvalInput): Float64Array {
  if (input.sigmas === undefined) return COCO_KEYPOINT_SIGMAS;
  if (input.iouType !== 'keypoints')
    throw new MetricInputError('sigmas', 'only used with iou_type "keypoints"');
  const s = Float64Array.from(input.sigmas);
  if (s.length === 0) throw new MetricInputError('sigmas', 'expected at least one sigma');
  s.forEach((v, i) => {
    if (!Number.isFinite(v) || v <= 0)
      throw new MetricInputError('sigmas', `element ${i} is ${v}, expected > 0`);
  });
  return s;
}

/**
 * COCO detection / keypoint evaluation, matching pycocotools 2.0
 * (cocodataset/cocoapi@8c9bcc3 PythonAPI `COCO.loadRes` + `COCOeval(gt, dt,
 * iouType)` with default Params, `evaluate(); accumulate(); summarize()`):
 *
 *   AP = mean over IoU thresholds t ∈ {.50, .55, …, .95}, categories k and
 *        recall thresholds r ∈ {0, .01, …, 1} of the interpolated precision
 *        p_interp(r) = max_{r' ≥ r} p(r'),
 *   AR = mean over t and k of the recall reached with at most maxDets detections
 *        per image and category
 *
 * (Lin et al., "Microsoft COCO: Common Objects in Context", ECCV 2014; cocodataset.org
 * detection and keypoint evaluation). Returns the 12 bbox or 10 keypoint stats
 * by name and as the ordered `stats` array, null where pycocotools gives -1
 * (no gt in that area range), plus the precision and recall tables.
 * Invalid input throws MetricInputError naming the field.
 *
 * Where pycocotools has no answer or a silent one, this function differs on
 * purpose: an empty `dt` list gives AP 0 (loadRes fails on it); a detection on an
 * image or of a category the gt does not list is an error (pycocotools asserts,
 * resp. drops it); gt annotation ids must be non-zero and unique (pycocotools
 * would treat id 0 as "unmatched" and collapse repeated ids); a keypoint
 * detection's area is always the extent of its keypoints (loadRes uses a
 * supplied `bbox` instead when the first result has one).
 */
export function cocoEval(input: CocoEvalInput): CocoEvalResult {
  if (input.iouType !== 'bbox' && input.iouType !== 'keypoints') {
    throw new MetricInputError('iou_type', `expected "bbox" or "keypoints", got ${String(input.iouType)}`);
  }
  const params = cocoParams(input.iouType, checkSigmas(input));
  const report = input.onProgress;
  report?.('read', 0);
  const gt = readGroundTruth(input.gt, params.iouType, params.sigmas.length);
  const dt = readDetections(input.dt, params.iouType, gt, params.sigmas.length);
  const matches = evaluateCoco(
    gt,
    dt,
    params,
    report === undefined ? undefined : (done, n) => report('match', n === 0 ? 1 : done / n),
  );
  report?.('accumulate', 0);
  const acc = accumulateCoco(matches, params, gt.catIds.length);
  const all = params.areaRngLbl.indexOf('all');
  const m = params.maxDets.length - 1;
  const tables: CocoEvalTables = {
    iouType: params.iouType,
    params: { ...params, imgIds: gt.imgIds, catIds: gt.catIds },
    precision: acc.precision,
    recall: acc.recall,
    perCategoryAp: gt.catIds.map((_, k) => meanPrecision(acc, { k, a: all, m })),
    perThresholdAp: Array.from(params.iouThrs, (_, t) => meanPrecision(acc, { t, a: all, m })),
    matches,
  };
  return params.iouType === 'bbox'
    ? { ...tables, ...summarizeBbox(acc, params), iouType: 'bbox' }
    : { ...tables, ...summarizeKeypoints(acc, params), iouType: 'keypoints' };
}
