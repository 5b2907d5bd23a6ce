/**
 * UI strings of the Lab's COCO panel (#/lab, figure `lab.coco`): inputs,
 * the evaluation type, the summary, the per-category table, the
 * precision-recall curves, the size breakdown, the pitfalls and the exports.
 */
import { labText } from './lab';

/** How a stat reads on screen, by its DESIGN.md name. */
const STAT_LABELS: Record<string, string> = {
  ap: 'AP @[.50:.95]',
  ap50: 'AP @.50',
  ap75: 'AP @.75',
  ap_small: 'AP small',
  ap_medium: 'AP medium',
  ap_large: 'AP large',
  ar1: 'AR, 1 detection',
  ar10: 'AR, 10 detections',
  ar100: 'AR, 100 detections',
  ar_small: 'AR small',
  ar_medium: 'AR medium',
  ar_large: 'AR large',
  ar: 'AR @[.50:.95]',
  ar50: 'AR @.50',
  ar75: 'AR @.75',
};

const n = (x: number): string => x.toLocaleString('en-US');

export const labCocoText = {
  title: labText.panels.coco,
  caption:
    'Drop a COCO ground-truth file and a results file (or pick them). They are read and evaluated in this tab only, exactly as pycocotools does.',
  what: 'COCO evaluation',
  groundTruth: 'Ground truth (COCO JSON)',
  groundTruthHint: 'An object with "images", "annotations" and "categories", e.g. instances_val2017.json.',
  results: 'Results (COCO JSON)',
  resultsHint: 'A list of {"image_id", "category_id", "bbox" or "keypoints", "score"}.',
  iouType: 'Evaluate',
  boxes: 'Boxes',
  keypoints: 'Keypoints',
  example: {
    bbox: 'a small generated pair: 24 images, 4 categories with boxes, a crowd region and a category nobody annotated',
    keypoints: 'a small generated pair: 12 images of people with 17 keypoints each',
  },
  waiting: 'Load an example, or give both files: the evaluation starts when both are there.',
  statLabel: (name: string): string => STAT_LABELS[name] ?? name,
  summaryTitle: 'Summary (pycocotools’ numbers)',
  counts: (
    images: number,
    cats: number,
    gts: number,
    dts: number,
    evaluated: number,
    gtFile: string,
    dtFile: string,
  ) =>
    `${gtFile} and ${dtFile}: ${n(images)} images, ${n(cats)} categories, ${n(gts)} annotations, ${n(dts)} detections (${n(evaluated)} evaluated).`,
  timings: (read: number, check: number, evaluate: number) =>
    `Read in ${(read / 1000).toFixed(2)} s, checked in ${(check / 1000).toFixed(2)} s, evaluated in ${(evaluate / 1000).toFixed(2)} s.`,
  table: {
    title: 'Per category',
    region: 'Per-category AP table',
    caption: (arLabel: string) =>
      `AP and AR of each category (all sizes). Sort by a column with its header button. ${arLabel}.`,
    category: 'Category',
    ap: 'AP',
    ap50: 'AP50',
    ap75: 'AP75',
    ar: (maxDets: number) => `AR${maxDets}`,
    arNote: (maxDets: number) => `AR${maxDets} is the recall with at most ${maxDets} detections per image`,
    annotations: 'Annotations',
    detections: 'Detections',
    sortLabel: 'Sort by',
    sortOption: (column: string, numeric: boolean) => `${column}, ${numeric ? 'highest first' : 'A to Z'}`,
    noGt: 'undefined',
    noGtNote: 'undefined: the category has no ground truth, so COCO leaves it out of AP (0/0).',
  },
  pr: {
    title: 'Precision-recall curves',
    category: 'Category',
    threshold: 'IoU threshold',
    oksThreshold: 'OKS threshold',
    allCategories: 'Mean over categories',
    xLabel: 'recall',
    yLabel: 'interpolated precision',
    plot: (cat: string, thr: string, ap: string) =>
      `Interpolated precision against recall for ${cat} at threshold ${thr}; mean of the 101 points (the AP at this threshold) ${ap}; dashed: the mean curve over categories`,
    noGt: (cat: string) => `${cat} has no ground truth: no curve (COCO leaves it out of AP).`,
    pointMean: (ap: string) => `Mean of the 101 points (COCO’s AP at this threshold): ${ap}`,
    vocLabel: 'Area under this curve (VOC all-point rule)',
    legendPicked: 'picked category (solid)',
    legendMean: 'mean over categories (dashed)',
  },
  sizes: {
    title: 'By object size',
    region: 'AP and AR by object size',
    size: 'Size',
    range: 'Area (px²)',
    ap: 'AP',
    ar: 'AR',
    annotations: 'Objects',
    detections: 'Detections',
    rangeText: (lo: number, hi: number) => (hi >= 1e10 ? `≥ ${n(lo)}` : `${n(lo)} to ${n(hi)}`),
  },
  pitfalls: {
    title: 'What the data shows',
    none: 'No pitfall found: every category has ground truth, every image has detections, no cap was reached and there is no crowd region.',
    noGt: (names: string, dts: number) =>
      `Categories with no ground truth: ${names}. COCO leaves them out of AP, so their ${n(dts)} detections count for nothing, right or wrong.`,
    emptyImages: (count: number, gts: number, ids: string) =>
      `${count === 1 ? 'One image has' : `${n(count)} images have`} no detection at all (${count === 1 ? 'id' : 'first ids'}: ${ids}); ${gts === 1 ? 'its annotation counts' : `the ${n(gts)} annotations in ${count === 1 ? 'it' : 'them'} all count`} as missed.`,
    beyondCap: (dts: number, cap: number, pairs: number) =>
      `${n(dts)} detections are past the cap of ${cap} per image and category and are not evaluated at all (${n(pairs)} image-category pairs reach the cap); pycocotools keeps the ${cap} highest scores.`,
    crowd: (gts: number, images: number, onCrowd: number) =>
      `${n(gts)} crowd annotations in ${n(images)} images: a detection matched to one is ignored, neither true nor false positive (${n(onCrowd)} detections at IoU .50).`,
    noVisible: (count: number) =>
      `${n(count)} person annotations have no visible keypoint: COCOeval ignores them (a detection on one is not a false positive).`,
  },
  exports: {
    title: 'Save the results',
    summary: 'summary',
    perCategory: 'per-category table',
    perImage: 'per-image results',
    privacy: 'Files are made in this tab; nothing is uploaded.',
  },
  sharedNotice: 'The link restored the COCO panel’s settings; files are never in links, so load yours again.',
} as const;
