/**
 * Registry entries of the simple detection metrics: `box_iou` and `voc_ap`
 * of test/reference/FORMAT.md, and the app-only `detection_match` (greedy
 * matching, precision-recall curve and AP by three interpolations). The COCO
 * evaluation lives in ./coco.
 */
import type { MetricEntry } from '../entry';
import type { BoxXywh } from '../types';
import { readBool, readNumArray, readOptionalNumber } from '../args';
import { MetricInputError, assertObject } from '../validate';
import { assertBox, boxIou } from './boxIou';
import {
  type ClassLabel,
  type Detection,
  type GroundTruth,
  type TieRule,
  TIE_RULES,
  matchDetections,
} from './match';
import { summarizeMatches } from './averagePrecision';
import { vocAp } from './vocAp';

function readBox(args: Record<string, unknown>, name: string): BoxXywh {
  const v = args[name];
  assertBox(name, v);
  return v;
}

function readList(args: Record<string, unknown>, name: string): Record<string, unknown>[] {
  const v = args[name];
  if (!Array.isArray(v)) throw new MetricInputError(name, 'expected an array');
  return v.map((item: unknown, i) => {
    assertObject(`${name}[${i}]`, item);
    return item;
  });
}

function readTieRule(args: Record<string, unknown>): TieRule {
  const v = args.tie_rule ?? 'stable';
  if (!TIE_RULES.includes(v as TieRule)) {
    throw new MetricInputError('tie_rule', `expected one of ${TIE_RULES.join(', ')}, got ${String(v)}`);
  }
  return v as TieRule;
}

/**
 * `detection_match`: args `detections` [{box, score, class}], `ground_truths`
 * [{box, class}] (class optional, default 0), `iou_threshold` (default 0.5),
 * `tie_rule` ('stable' | 'reverse', default 'stable'). Returns the matched
 * rows, the pooled PR points and envelope, per-class APs and the mean APs.
 */
export function detectionMatch(args: Record<string, unknown>) {
  const detections = readList(args, 'detections').map((d): Detection => ({
    box: d.box as BoxXywh,
    score: d.score as number,
    class: (d.class ?? 0) as ClassLabel,
  }));
  const groundTruths = readList(args, 'ground_truths').map((g): GroundTruth => ({
    box: g.box as BoxXywh,
    class: (g.class ?? 0) as ClassLabel,
  }));
  const match = matchDetections(
    detections,
    groundTruths,
    readOptionalNumber(args, 'iou_threshold', 0.5),
    readTieRule(args),
  );
  const s = summarizeMatches(match);
  const points = match.detections.map((d, k) => ({
    index: d.index,
    score: d.score,
    tp: s.curve.tp[k]!,
    fp: s.curve.fp[k]!,
    recall: s.curve.recall[k]!,
    precision: s.curve.precision[k]!,
  }));
  return {
    detections: match.detections,
    ground_truths: match.ground_truths,
    points,
    envelope: points.map((p, k) => ({ recall: p.recall, precision: s.envelope[k]! })),
    classes: s.classes,
    num_gt: groundTruths.length,
    tp: s.tp,
    fp: s.fp,
    fn: s.fn,
    ap_voc07: s.ap_voc07,
    ap_voc: s.ap_voc,
    ap_coco101: s.ap_coco101,
  };
}

/** The result of `detection_match`. */
export type DetectionMatchResult = ReturnType<typeof detectionMatch>;

/** Entries `box_iou`, `voc_ap` and the app-only `detection_match`. */
export const detectionEntries: MetricEntry[] = [
  {
    id: 'box_iou',
    title: 'Box intersection over union',
    higherIsBetter: true,
    range: [0, 1],
    latex: '\\mathrm{IoU}(A, B) = \\frac{|A \\cap B|}{|A \\cup B|}',
    compute: (args) => boxIou(readBox(args, 'a'), readBox(args, 'b')),
  },
  {
    id: 'voc_ap',
    title: 'PASCAL VOC average precision',
    higherIsBetter: true,
    range: [0, 1],
    latex:
      '\\mathrm{AP}_{11} = \\frac{1}{11} \\sum_{t \\in \\{0, 0.1, \\dots, 1\\}} \\max_{r_k \\ge t} p_k,\\quad \\mathrm{AP} = \\sum_i (r_{i+1} - r_i)\\, p_{\\mathrm{interp}}(r_{i+1})',
    compute: (args) =>
      vocAp(
        readNumArray(args, 'recall'),
        readNumArray(args, 'precision'),
        readBool(args, 'use_07_metric', false),
      ),
  },
  {
    id: 'detection_match',
    title: 'Detection matching, precision-recall curve and AP',
    higherIsBetter: true,
    range: [0, 1],
    latex:
      '\\mathrm{precision}_k = \\frac{TP_k}{k},\\quad \\mathrm{recall}_k = \\frac{TP_k}{N_{\\mathrm{gt}}},\\quad \\mathrm{AP}_{101} = \\frac{1}{101} \\sum_{t \\in \\{0, 0.01, \\dots, 1\\}} p_{\\mathrm{interp}}(t)',
    compute: detectionMatch,
  },
];
