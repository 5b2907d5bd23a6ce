/**
 * Hints the Lab's segmentation panel shows, computed from the reader's data:
 * class imbalance, classes absent from the reference, classes predicted but
 * absent, the 0/0 conventions in force, ignored and unpredicted pixels, and
 * how per-image means differ from pooled ones. Data only; the panel words them.
 */
import type { Maybe } from '../../metrics/types';
import { meanDefined } from '../../metrics/segmentation/segmentationMetrics';
import type { SegmentationScores } from './scores';
import type { PairingRule } from './pairing';

/** One hint (class ids index the result's class names). */
export type SegmentationHint =
  | { kind: 'imbalance'; largest: number; largestShare: number; smallest: number; smallestShare: number }
  | { kind: 'absent-reference'; classes: number[] }
  | { kind: 'predicted-absent'; classes: number[] }
  | {
      kind: 'zero-division';
      undefinedIou: number[];
      miou: Maybe;
      miouAsOne: Maybe;
      miouAsZero: Maybe;
    }
  | { kind: 'ignored'; ignoreIndex: number; pixels: number; share: number }
  | { kind: 'ignore-is-class'; ignoreIndex: number }
  | { kind: 'unpredicted'; ignoreIndex: number; pixels: number }
  | { kind: 'per-image-mean'; meanOfImages: Maybe; pooled: Maybe; imagesMissingClasses: number }
  | { kind: 'pairing'; rule: PairingRule; pairs: number };

/** What the hints are computed from. */
export interface HintInput {
  pooled: SegmentationScores;
  images: readonly SegmentationScores[];
  ignoreIndex: number | null;
  numClasses: number;
  rule: PairingRule;
}

function classesWhere(n: number, test: (c: number) => boolean): number[] {
  const out: number[] = [];
  for (let c = 0; c < n; c++) if (test(c)) out.push(c);
  return out;
}

/** Computes the hints, in the order the panel lists them. */
export function segmentationHints(input: HintInput): SegmentationHint[] {
  const { pooled, images, ignoreIndex, numClasses: n } = input;
  const hints: SegmentationHint[] = [];
  if (images.length > 1) hints.push({ kind: 'pairing', rule: input.rule, pairs: images.length });
  const present = classesWhere(n, (c) => pooled.label_area[c]! > 0);
  if (present.length >= 2) {
    const byArea = [...present].sort((a, b) => pooled.label_area[b]! - pooled.label_area[a]! || a - b);
    const largest = byArea[0]!;
    const smallest = byArea[byArea.length - 1]!;
    hints.push({
      kind: 'imbalance',
      largest,
      largestShare: pooled.label_area[largest]! / pooled.pixels,
      smallest,
      smallestShare: pooled.label_area[smallest]! / pooled.pixels,
    });
  }
  const absent = classesWhere(n, (c) => pooled.label_area[c] === 0);
  if (absent.length > 0) hints.push({ kind: 'absent-reference', classes: absent });
  const predictedAbsent = absent.filter((c) => pooled.pred_area[c]! > 0);
  if (predictedAbsent.length > 0) hints.push({ kind: 'predicted-absent', classes: predictedAbsent });
  hints.push({
    kind: 'zero-division',
    undefinedIou: pooled.miou_conventions.undefinedClasses,
    miou: pooled.miou,
    miouAsOne: pooled.miou_conventions.one,
    miouAsZero: pooled.miou_conventions.zero,
  });
  if (ignoreIndex !== null) {
    if (ignoreIndex >= 0 && ignoreIndex < n) hints.push({ kind: 'ignore-is-class', ignoreIndex });
    if (pooled.ignored > 0) {
      hints.push({
        kind: 'ignored',
        ignoreIndex,
        pixels: pooled.ignored,
        share: pooled.ignored / (pooled.ignored + pooled.pixels),
      });
    }
    const unpredicted = pooled.unpredicted.reduce((a, b) => a + b, 0);
    if (unpredicted > 0) hints.push({ kind: 'unpredicted', ignoreIndex, pixels: unpredicted });
  }
  if (images.length > 1) {
    const missing = images.filter((s) => s.label_area.some((a) => a === 0)).length;
    hints.push({
      kind: 'per-image-mean',
      meanOfImages: meanDefined(images.map((s) => s.miou)),
      pooled: pooled.miou,
      imagesMissingClasses: missing,
    });
  }
  return hints;
}
