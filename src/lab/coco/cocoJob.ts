/**
 * The Lab's COCO job (runs in the Lab worker): reads the ground-truth and
 * results files, checks them with messages that name the file, the entry and
 * the field, evaluates them with the metrics package's COCO evaluation
 * (identical to pycocotools) and returns the summary, the per-category
 * table, precision-recall curves, the size breakdown, per-image counts and
 * the pitfalls the data shows.
 */
import { cocoEval, type CocoEvalPhase } from '../../metrics/detection/coco/cocoEval';
import { cocoParams } from '../../metrics/detection/coco/params';
import { BBOX_STAT_NAMES, KEYPOINT_STAT_NAMES } from '../../metrics/detection/coco/summarize';
import { MetricInputError } from '../../metrics/validate';
import { LabInputError, type LabJobContext } from '../jobs/types';
import { checkGroundTruth } from './checkGroundTruth';
import { checkResults } from './checkResults';
import { categoryRows, findPitfalls, perImageCounts, precisionCurves, sizeRows } from './cocoTables';
import { readJsonFile } from './readJson';
import type { CocoJobInput, CocoJobResult } from './types';

export type { CocoJobInput, CocoJobResult } from './types';

/** Where each phase sits on the progress bar: [start, end). */
const SPAN: Record<CocoEvalPhase, readonly [number, number]> = {
  read: [0.45, 0.55],
  match: [0.55, 0.9],
  accumulate: [0.9, 0.97],
};

/**
 * Runs the COCO evaluation of `input` (iou_type "bbox" or "keypoints",
 * default parameters of pycocotools 2.0). Bad input throws LabInputError
 * ("results.json, entry 1,204: bbox width is -3").
 */
export function runCocoJob(input: CocoJobInput, ctx: LabJobContext): CocoJobResult {
  const { iouType, groundTruth, results } = input;
  if (iouType !== 'bbox' && iouType !== 'keypoints') {
    throw new LabInputError(
      results.name,
      '',
      `iou_type must be "bbox" or "keypoints", got ${String(iouType)}`,
    );
  }
  const params = cocoParams(iouType);
  const numKeypoints = params.sigmas.length;
  const t0 = performance.now();
  ctx.progress(0, `Reading ${groundTruth.name}`);
  const gtJson = readJsonFile(groundTruth);
  const t1 = performance.now();
  ctx.progress(0.05, `Checking ${groundTruth.name}`);
  const gtFacts = checkGroundTruth(gtJson, groundTruth.name, iouType, numKeypoints);
  const t2 = performance.now();
  ctx.progress(0.1, `Reading ${results.name}`);
  const dtJson = readJsonFile(results);
  const t3 = performance.now();
  ctx.progress(0.35, `Checking ${results.name}`);
  const dtFacts = checkResults(dtJson, results.name, gtFacts, iouType, numKeypoints, params.areaRng);
  const t4 = performance.now();
  const images = gtFacts.imageIds.length;
  let r;
  try {
    r = cocoEval({
      iouType,
      gt: gtJson,
      dt: dtJson,
      onProgress: (phase, fraction) => {
        const [lo, hi] = SPAN[phase];
        const label =
          phase === 'match'
            ? `Matching image ${Math.round(fraction * images).toLocaleString('en-US')} of ${images.toLocaleString('en-US')}`
            : phase === 'read'
              ? 'Preparing the evaluation'
              : 'Accumulating precision and recall';
        ctx.progress(lo + (hi - lo) * fraction, label);
      },
    });
  } catch (e) {
    // The checks above should catch everything cocoEval refuses; name the file if one slips through.
    if (e instanceof MetricInputError) {
      throw new LabInputError(e.argument.startsWith('dt') ? results.name : groundTruth.name, '', e.message);
    }
    throw e;
  }
  ctx.progress(0.97, 'Building the tables');
  const t5 = performance.now();
  const statNames = iouType === 'bbox' ? BBOX_STAT_NAMES : KEYPOINT_STAT_NAMES;
  return {
    iouType,
    files: { groundTruth: groundTruth.name, results: results.name },
    statNames: [...statNames],
    stats: r.stats,
    counts: {
      images,
      categories: gtFacts.categoryIds.length,
      annotations: gtFacts.annotations,
      detections: dtFacts.detections,
      evaluated: r.matches.count,
    },
    maxDets: r.params.maxDets[r.params.maxDets.length - 1] as number,
    categories: categoryRows(r, gtFacts, dtFacts),
    iouThresholds: Array.from(r.params.iouThrs),
    recallThresholds: Float64Array.from(r.params.recThrs),
    curves: precisionCurves(r),
    sizes: sizeRows(r, dtFacts),
    perImage: perImageCounts(r, gtFacts, dtFacts),
    pitfalls: findPitfalls(r, gtFacts, dtFacts),
    timings: { readMs: t1 - t0 + (t3 - t2), checkMs: t2 - t1 + (t4 - t3), evaluateMs: t5 - t4 },
  };
}
