/**
 * The Lab's segmentation job: ground-truth and predicted label-map PNGs
 * (palette indices or grey ids, 8 or 16 bits), optional class names, an
 * ignore index and a number of classes; every segmentation metric of the
 * metrics package per image and pooled over the images (one confusion
 * matrix summed over every pair), an error overlay per image, and hints.
 */
import { LabInputError, type LabFile, type LabJobContext } from '../jobs/types';
import {
  accumulateSegmentation,
  createSegmentationCounts,
  type SegmentationCounts,
} from '../../metrics/segmentation/confusion';
import { readClassNames } from './classNames';
import { pairFiles, type FilePair, type PairingRule } from './pairing';
import {
  checkLabels,
  checkSameSize,
  maxLabel,
  readLabelMap,
  type ClassCountSource,
  type NamedLabelMap,
} from './labelMaps';
import { scoresFromCounts, type SegmentationScores } from './scores';
import { errorOverlay, type ErrorOverlay } from './overlay';
import { segmentationHints, type SegmentationHint } from './hints';

/** Input of the segmentation job. */
export interface SegmentationJobInput {
  /** Ground-truth label maps (PNG). */
  gt: LabFile[];
  /** Predicted label maps (PNG), paired with `gt` by file name or by order. */
  pred: LabFile[];
  /** Optional class names (JSON array or object, or text with one name per line). */
  classNames?: LabFile | null;
  /** Reference pixels with this id are dropped; a prediction with it is "no prediction". null: none. */
  ignoreIndex: number | null;
  /** Number of classes; null: the number of names, else the largest id in the maps + 1. */
  numClasses: number | null;
}

/** Results of one image pair. */
export interface SegmentationImageResult {
  gtFile: string;
  predFile: string;
  width: number;
  height: number;
  /** 16 when either map was a 16-bit PNG, else 8 (or less). */
  depth: number;
  scores: SegmentationScores;
}

/** Result of the segmentation job. */
export interface SegmentationJobResult {
  /** One name per class id (from the class-names file, else `class 0`, `class 1`...). */
  classNames: string[];
  /** Whether the names came from the reader's file. */
  namedClasses: boolean;
  numClasses: number;
  ignoreIndex: number | null;
  pairing: PairingRule;
  images: SegmentationImageResult[];
  /** Scores of every pixel of every pair together (summed confusion matrix). */
  pooled: SegmentationScores;
  /** One overlay per image, in the order of `images` (null past OVERLAY_BUDGET pixels). */
  overlays: (ErrorOverlay | null)[];
  hints: SegmentationHint[];
}

/** Most classes the job scores (a confusion matrix of MAX_CLASSES² cells per image). */
export const MAX_CLASSES = 1024;

function checkSetting(name: string, v: number | null, min: number, max: number): void {
  if (v !== null && !(Number.isInteger(v) && v >= min && v <= max)) {
    throw new LabInputError('Settings', name, `expected an integer from ${min} to ${max}, got ${String(v)}`);
  }
}

/** Adds `from`'s pixel counts into `into` (same number of classes): pooling is summing. */
function addCounts(into: SegmentationCounts, from: SegmentationCounts): void {
  for (let i = 0; i < from.confusion.length; i++) into.confusion[i]! += from.confusion[i]!;
  for (let i = 0; i < from.unpredicted.length; i++) into.unpredicted[i]! += from.unpredicted[i]!;
  into.ignored += from.ignored;
}

/** Most overlay pixels kept over all images (one byte each); later images get no overlay. */
export const OVERLAY_BUDGET = 64 * 1024 * 1024;

type Progress = (fraction: number, label: string) => void;

/** Decodes one pair and checks that its sizes agree. */
function readPair(p: FilePair, from: number, to: number, progress: Progress): [NamedLabelMap, NamedLabelMap] {
  progress(from, `Reading ${p.gt.name}`);
  const gt = readLabelMap(p.gt);
  progress((from + to) / 2, `Reading ${p.pred.name}`);
  const pred = readLabelMap(p.pred);
  checkSameSize(gt, pred);
  return [gt, pred];
}

/**
 * The number of classes and where it comes from: the setting, else the
 * number of names, else (a first pass over every pair, decoded and dropped
 * one at a time so memory stays bounded) the largest id + 1.
 */
function classCount(
  input: SegmentationJobInput,
  names: string[] | null,
  pairs: readonly FilePair[],
  progress: Progress,
): { n: number; source: ClassCountSource } {
  if (input.numClasses !== null) return { n: input.numClasses, source: { kind: 'setting' } };
  if (names && names.length > MAX_CLASSES) {
    throw new LabInputError(
      input.classNames!.name,
      '',
      `${names.length} class names; the Lab scores at most ${MAX_CLASSES.toLocaleString('en')} classes`,
    );
  }
  if (names) return { n: names.length, source: { kind: 'names', file: input.classNames!.name } };
  let max = -1;
  let file = pairs[0]!.gt.name;
  pairs.forEach((p, i) => {
    for (const map of readPair(p, i / pairs.length, (i + 1) / pairs.length, progress)) {
      const m = maxLabel(map, input.ignoreIndex);
      if (m > max) [max, file] = [m, map.file];
    }
  });
  if (max < 0) throw new LabInputError(file, '', 'every pixel is the ignore index: no class to score');
  if (max >= MAX_CLASSES) {
    throw new LabInputError(
      file,
      '',
      `holds class id ${max}, which needs ${max + 1} classes; the Lab scores at most ${MAX_CLASSES.toLocaleString('en')} (set the ignore index if ${max} marks unlabelled pixels)`,
    );
  }
  return { n: max + 1, source: { kind: 'data' } };
}

/**
 * Runs the segmentation job (in the Lab worker). Pairs are decoded, checked
 * and scored one at a time (when the number of classes comes from the data,
 * a first pass finds the largest id). Bad input throws a LabInputError
 * naming the file and the problem: not a PNG, corrupt PNG, colour PNG, sizes
 * that differ, an id beyond the named classes, a bad class-names file,
 * unequal numbers of files.
 */
export function runSegmentationJob(input: SegmentationJobInput, ctx: LabJobContext): SegmentationJobResult {
  checkSetting('ignore index', input.ignoreIndex, 0, 65535);
  checkSetting('number of classes', input.numClasses, 1, MAX_CLASSES);
  const { pairs, rule } = pairFiles(input.gt, input.pred);
  const names = input.classNames ? readClassNames(input.classNames) : null;
  const twoPasses = input.numClasses === null && names === null;
  const scan = twoPasses ? 0.4 : 0;
  const { n, source } = classCount(input, names, pairs, (f, label) => ctx.progress(f * scan, label));
  const ignoreIndex = input.ignoreIndex;
  const pooledCounts = createSegmentationCounts(n);
  const images: SegmentationImageResult[] = [];
  const overlays: (ErrorOverlay | null)[] = [];
  let overlayPixels = 0;
  const step = (1 - scan) / pairs.length;
  pairs.forEach((p, i) => {
    const from = scan + i * step;
    const [gt, pred] = readPair(p, from, from + step * 0.8, ctx.progress);
    checkLabels(gt, n, ignoreIndex, source);
    checkLabels(pred, n, ignoreIndex, source);
    ctx.progress(from + step * 0.8, `Scoring ${gt.file}`);
    const counts = accumulateSegmentation(createSegmentationCounts(n), gt, pred, ignoreIndex ?? undefined);
    addCounts(pooledCounts, counts);
    images.push({
      gtFile: gt.file,
      predFile: pred.file,
      width: gt.width,
      height: gt.height,
      depth: Math.max(gt.depth, pred.depth),
      scores: scoresFromCounts(counts),
    });
    overlayPixels += gt.width * gt.height;
    overlays.push(
      overlayPixels <= OVERLAY_BUDGET
        ? errorOverlay(gt.width, gt.height, gt.data, pred.data, ignoreIndex, n)
        : null,
    );
  });
  const pooled = scoresFromCounts(pooledCounts);
  const classNames = Array.from({ length: n }, (_, c) => names?.[c] ?? `class ${c}`);
  ctx.progress(1, 'Done');
  return {
    classNames,
    namedClasses: names !== null,
    numClasses: n,
    ignoreIndex,
    pairing: rule,
    images,
    pooled,
    overlays,
    hints: segmentationHints({
      pooled,
      images: images.map((im) => im.scores),
      ignoreIndex,
      numClasses: n,
      rule,
    }),
  };
}
