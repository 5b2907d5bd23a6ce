/**
 * Turns a cocoEval result plus the checked files' facts into the Lab's
 * tables: per-category rows, precision-recall curves, the size breakdown,
 * per-image counts and the pitfalls the data shows.
 */
import type { CocoEvalResult } from '../../metrics/detection/coco/cocoEval';
import { DT_FP, DT_TP, detectionOutcome } from '../../metrics/detection/coco/evaluate';
import { meanPrecision, meanRecall, precisionCurve } from '../../metrics/detection/coco/tables';
import type { GroundTruthFacts } from './checkGroundTruth';
import type { ResultsFacts } from './checkResults';
import type { CocoCategoryRow, CocoPerImage, CocoPitfalls, CocoSizeRow } from './types';

/** The index of IoU threshold 0.75 (as pycocotools finds it: exact equality). */
function thresholdIndex(r: CocoEvalResult, thr: number): number {
  return r.params.iouThrs.indexOf(thr);
}

/** Per-category AP, AP50, AP75 and AR at the largest maxDets (area 'all'). */
export function categoryRows(r: CocoEvalResult, gt: GroundTruthFacts, dt: ResultsFacts): CocoCategoryRow[] {
  const a = r.params.areaRngLbl.indexOf('all');
  const m = r.params.maxDets.length - 1;
  const t50 = thresholdIndex(r, 0.5);
  const t75 = thresholdIndex(r, 0.75);
  return gt.categoryIds.map((id, k) => ({
    id,
    name: gt.categoryNames[k] as string,
    annotations: gt.gtPerCategory[k] as number,
    detections: dt.dtPerCategory[k] as number,
    ap: meanPrecision(r, { k, a, m }),
    ap50: meanPrecision(r, { k, t: t50, a, m }),
    ap75: meanPrecision(r, { k, t: t75, a, m }),
    ar: meanRecall(r, { k, a, m }),
  }));
}

/** Interpolated precision `[K][T][R]` at area 'all' and the largest maxDets; NaN where a category has no gt. */
export function precisionCurves(r: CocoEvalResult): Float32Array {
  const K = r.params.catIds.length;
  const T = r.params.iouThrs.length;
  const R = r.params.recThrs.length;
  const a = r.params.areaRngLbl.indexOf('all');
  const m = r.params.maxDets.length - 1;
  const out = new Float32Array(K * T * R).fill(Number.NaN);
  for (let k = 0; k < K; k++) {
    for (let t = 0; t < T; t++) {
      const curve = precisionCurve(r, { t, k, a, m });
      if (curve !== null) out.set(curve, (k * T + t) * R);
    }
  }
  return out;
}

/** AP, AR and counts of each area range other than 'all'. */
export function sizeRows(r: CocoEvalResult, dt: ResultsFacts): CocoSizeRow[] {
  const m = r.params.maxDets.length - 1;
  const A = r.params.areaRng.length;
  const K = r.params.catIds.length;
  const rows: CocoSizeRow[] = [];
  r.params.areaRngLbl.forEach((label, a) => {
    if (label === 'all') return;
    let annotations = 0;
    for (let k = 0; k < K; k++) annotations += r.matches.gtCount[k * A + a] as number;
    rows.push({
      label,
      range: r.params.areaRng[a] as readonly [number, number],
      ap: meanPrecision(r, { a, m }),
      ar: meanRecall(r, { a, m }),
      annotations,
      detections: dt.dtPerArea[a] as number,
    });
  });
  return rows;
}

/** True and false positives per image at IoU .50 and .75 (area 'all'), with the files' counts. */
export function perImageCounts(r: CocoEvalResult, gt: GroundTruthFacts, dt: ResultsFacts): CocoPerImage {
  const n = gt.imageIds.length;
  const out: CocoPerImage = {
    ids: gt.imageIds.slice(),
    annotations: gt.gtPerImage.slice(),
    ignored: gt.ignoredPerImage.slice(),
    detections: dt.dtPerImage.slice(),
    tp50: new Int32Array(n),
    fp50: new Int32Array(n),
    tp75: new Int32Array(n),
    fp75: new Int32Array(n),
  };
  const a = r.params.areaRngLbl.indexOf('all');
  const t50 = thresholdIndex(r, 0.5);
  const t75 = thresholdIndex(r, 0.75);
  const { matches } = r;
  for (let i = 0; i < matches.count; i++) {
    const im = matches.img[i] as number;
    const o50 = detectionOutcome(matches, i, a, t50);
    const o75 = detectionOutcome(matches, i, a, t75);
    if (o50 === DT_TP) out.tp50[im] = (out.tp50[im] as number) + 1;
    else if (o50 === DT_FP) out.fp50[im] = (out.fp50[im] as number) + 1;
    if (o75 === DT_TP) out.tp75[im] = (out.tp75[im] as number) + 1;
    else if (o75 === DT_FP) out.fp75[im] = (out.fp75[im] as number) + 1;
  }
  return out;
}

/** The pitfalls this pair of files shows (see CocoPitfalls). */
export function findPitfalls(r: CocoEvalResult, gt: GroundTruthFacts, dt: ResultsFacts): CocoPitfalls {
  const A = r.params.areaRng.length;
  const a = r.params.areaRngLbl.indexOf('all');
  const maxDets = r.params.maxDets[r.params.maxDets.length - 1] as number;
  const categoriesWithoutGt = gt.categoryIds
    .map((id, k) => ({
      id,
      name: gt.categoryNames[k] as string,
      detections: dt.dtPerCategory[k] as number,
      k,
    }))
    .filter((c) => (r.matches.gtCount[c.k * A + a] as number) === 0)
    .map(({ id, name, detections }) => ({ id, name, detections }));
  let emptyImages = 0;
  let emptyAnnotations = 0;
  const firstIds: number[] = [];
  let crowdImages = 0;
  let crowdAnnotations = 0;
  for (let im = 0; im < gt.imageIds.length; im++) {
    if ((dt.dtPerImage[im] as number) === 0) {
      emptyImages++;
      emptyAnnotations += gt.gtPerImage[im] as number;
      if (firstIds.length < 10) firstIds.push(gt.imageIds[im] as number);
    }
    const c = gt.crowdPerImage[im] as number;
    crowdAnnotations += c;
    if (c > 0) crowdImages++;
  }
  const { matches } = r;
  const T = r.params.iouThrs.length;
  let pairsAtCap = 0;
  let onCrowd = 0;
  for (let i = 0; i < matches.count; i++) {
    if ((matches.rank[i] as number) === maxDets - 1) pairsAtCap++;
    const g = matches.matchedGt[i * T] as number;
    if (g >= 0 && gt.crowd[g] === 1) onCrowd++;
  }
  return {
    categoriesWithoutGt,
    imagesWithoutDetections: { count: emptyImages, annotations: emptyAnnotations, firstIds },
    beyondMaxDets: { maxDets, detections: dt.detections - matches.count, pairsAtCap },
    crowd: { annotations: crowdAnnotations, images: crowdImages, detectionsOnCrowd: onCrowd },
    noVisibleKeypoints: gt.noVisibleKeypoints,
  };
}
