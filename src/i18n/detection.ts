/**
 * UI strings of the detection section (#/detection): figure titles, control
 * labels, table headers, verdicts and notices. The prose stays with the
 * section's components.
 */
import { messages } from './messages';

const fmt2 = (x: number) => x.toFixed(2);

/** The detection section's UI strings, by figure. */
export const detectionText = {
  section: {
    title: messages.sections.detection.title,
    summary:
      'When does a box count as a hit? Drag boxes, see IoU, build a precision-recall curve and watch AP at IoU 0.5 and COCO’s AP@[.50:.95] rank two detectors in opposite orders.',
  },
  classes: { car: 'car', person: 'person', cup: 'cup' } as Record<string, string>,
  tp: 'TP',
  fp: 'FP',
  truePositive: 'true positive',
  falsePositive: 'false positive',
  iou: {
    title: 'IoU playground',
    caption: 'Drag a box or move it with the arrow keys (Shift: 10 px); drag a corner to resize it.',
    gtLabel: 'ground-truth box',
    gtChip: 'ground truth',
    predChip: 'prediction',
    predLabel: 'predicted box',
    readout: 'IoU',
    photoAlt:
      'Photo of astronaut Eileen Collins in her orange flight suit; the round mission patch is on her chest.',
    thresholds: 'IoU on a scale from 0 to 1, with the thresholds 0.50 and 0.75',
    verdictAt: (t: number, tp: boolean) => `At ${fmt2(t)}: ${tp ? 'true positive' : 'false positive'}`,
    verdictPending: (t: number) => `At ${fmt2(t)}: computing the IoU`,
    legendIntersection: 'intersection (cross-hatched, outlined)',
    legendUnion: 'union (hatched: both boxes together)',
    undefinedReason: 'Both boxes have zero area, so the union is empty.',
    spoken:
      'IoU equals intersection over union: {inter} square pixels over {union} square pixels, which is {iou}',
  },
  scale: {
    title: 'Same shift, different sizes',
    caption:
      'Both predictions are moved right by the same number of pixels. The small drawing is enlarged so that you can see it; every square of its grid is one pixel.',
    shift: 'Horizontal shift (px)',
    small: 'IoU, 12×12 box',
    large: 'IoU, 120×120 box',
    smallFrame: 'A 12 by 12 pixel ground-truth box and its shifted prediction, enlarged',
    largeFrame: 'A 120 by 120 pixel ground-truth box and its shifted prediction',
  },
  ap: {
    title: 'From detections to AP',
    caption:
      'Drag any prediction, change its score, or pick the IoU threshold. Ground truth is dashed white; each prediction is tagged C (car, blue) or P (person, vermillion) with its number, and dotted when it is a false positive. The table ranks the chosen class by score; the curve shows its precision and recall down that ranking.',
    drawing:
      'Drawn street scene with four cars, four people, a lamp post and a tree, and twelve predicted boxes',
    threshold: 'IoU threshold',
    classPicker: 'Class shown in the table and the curve',
    boxLabel: (n: number, cls: string, score: number) => `prediction ${n}, score ${fmt2(score)} (${cls})`,
    /** The label drawn on a prediction: its class letter (C car, P person) and number, e.g. "C1". */
    boxTag: (n: number, cls: string) => `${cls === 'car' ? 'C' : 'P'}${n}`,
    gtLabel: (id: string) => `ground truth ${id}`,
    scoreLabel: (n: number) => `Score of prediction ${n}`,
    tableCaption: (cls: string, t: number) =>
      `Predictions of class ${cls}, ranked by score, at IoU threshold ${fmt2(t)}`,
    columns: {
      rank: 'Rank',
      prediction: 'Prediction',
      score: 'Score',
      matched: 'Matched object',
      iou: 'IoU',
      verdict: 'Verdict',
      precision: 'Precision',
      recall: 'Recall',
    },
    none: '—',
    iouOf: (n: number) => `IoU of prediction ${n}`,
    precisionAt: (rank: number) => `Precision down to rank ${rank}`,
    recallAt: (rank: number) => `Recall down to rank ${rank}`,
    iouUndefined: 'No object of this class to compare with.',
    apCell: (row: string, column: string) => `${row}, ${column}`,
    duplicate: 'duplicate',
    /** Header of the AP table's first column (the interpolation of each row). */
    apMethodHeader: 'Interpolation',
    apTableCaption: 'Average precision by three interpolations, per class and the mean over classes (mAP)',
    apRows: {
      ap_voc07: 'VOC 2007, 11 points',
      ap_voc: 'VOC 2010+, all points',
      ap_coco101: 'COCO, 101 points',
    },
    mean: 'mean (mAP)',
    curveTitle: (cls: string) => `Precision-recall curve of class ${cls}`,
    curveLabel: (cls: string, n: number) =>
      `Precision-recall curve of class ${cls}: ${n} ranked predictions; the shaded area under the interpolated precision is the VOC all-point AP.`,
    recallAxis: 'recall',
    precisionAxis: 'precision',
    legendRaw: 'precision at each rank',
    legendEnvelope: 'interpolated precision',
    legendArea: 'area = AP (all points)',
  },
  presets: {
    title: 'VOC or COCO: which detector is better?',
    caption:
      'Two detectors on the same drawn street. "Loose but right" finds every object with boxes that are too big; "tight but fewer" draws precise boxes but misses the three smallest objects.',
    loose: 'Loose but right',
    tight: 'Tight but fewer',
    show: 'Boxes shown on the drawing',
    growth: 'Loose detector: box growth (%)',
    drawing: (which: string) => `Drawn street scene with the boxes of the detector “${which}”`,
    tableCaption: 'COCO evaluation of both detectors (pycocotools rules)',
    stat: 'Statistic',
    stats: {
      ap50: 'AP50 (IoU 0.50, VOC’s threshold, COCO’s rules)',
      ap75: 'AP75 (IoU 0.75)',
      ap: 'AP@[.50:.95] (COCO)',
      ap_small: 'AP small (area < 32² px)',
      ap_medium: 'AP medium (area 32² to 96² px)',
      ap_large: 'AP large (area > 96² px)',
      ar1: 'AR@[.50:.95], 1 detection per image',
      ar10: 'AR@[.50:.95], 10 detections',
      ar100: 'AR@[.50:.95], 100 detections',
    } as Record<string, string>,
    winner: (byAp50: string, byAp: string) =>
      `AP50 ranks “${byAp50}” first; AP@[.50:.95] ranks “${byAp}” first.`,
    tie: 'The two detectors tie on one of the two measures.',
    same: (name: string) => `Both AP50 and AP@[.50:.95] rank “${name}” first.`,
    cell: (stat: string, preset: string) => `${stat}, ${preset}`,
    sizeUndefined: 'No object of this size in the scene.',
  },
  padding: {
    title: 'More detections never lower AP',
    caption:
      'The “tight but fewer” detector on the drawn street, then extra detections appended with scores below all of its own: mostly random boxes, and every seventh one on an object it had missed. Dashed: the extras.',
    extras: 'Extra detections scored below all others',
    threshold: 'Operating point: keep detections with score at least',
    drawing: (n: number) => `Drawn street scene with the detector’s boxes and ${n} extra low-scored boxes`,
    tableCaption: 'The same detector alone and with the extra detections',
    measure: 'Measure',
    alone: 'Detector alone',
    padded: (n: number) => `With ${n} extras`,
    rows: {
      ap: 'AP@[.50:.95] (COCO)',
      ap50: 'AP50',
      ar100: 'AR@[.50:.95], 100 detections',
      precision: 'Precision of everything it outputs',
      recall: 'Recall of everything it outputs',
      precisionAt: (t: string) => `Precision at score ≥ ${t}`,
      recallAt: (t: string) => `Recall at score ≥ ${t}`,
    },
    cell: (row: string, col: string) => `${row}, ${col}`,
    kept: (total: number, kept: number) =>
      `${total} detections on the image; COCO evaluates the ${kept} with the highest scores (at most 100 per image).`,
    undefinedPrecision: 'Nothing is kept at this operating point: precision is 0 / 0.',
  },
  ties: {
    title: 'Equal scores: who goes first?',
    caption:
      'Predictions 2 and 3 have the same score, 0.70. One is right, one fires on the lamp post. The order between them is a convention, and it changes AP.',
    rule: 'Order of equal scores',
    stable: 'input order (pycocotools: stable sort)',
    reverse: 'reverse input order',
    drawing: 'Drawn street scene, four people and four predicted person boxes',
    listCaption: 'Ranking used for AP (IoU ≥ 0.50)',
    row: (n: number, score: number, tp: boolean) =>
      `prediction ${n}, score ${fmt2(score)}: ${tp ? 'TP' : 'FP'}`,
  },
  empty: {
    title: 'An image with no objects',
    caption:
      'A two-image dataset: the street, and an empty road with nothing to find. Per-image recall on the empty road divides by zero objects.',
    fires: 'The detector fires on the empty image',
    street: 'Street image',
    emptyImage: 'Empty image',
    dataset: 'Whole dataset',
    streetDrawing: 'Drawn street scene with six detected objects',
    emptyDrawing: (fires: boolean) =>
      fires ? 'Drawn empty road with one false detection' : 'Drawn empty road with no detection',
    tableCaption: 'Counts, precision and recall per image and for the dataset (IoU ≥ 0.50)',
    recallUndefined: 'This image has no objects, so recall divides 0 by 0.',
    precisionUndefined: 'The detector made no prediction here, so precision divides 0 by 0.',
    image: 'Image',
    columns: {
      counts: 'TP / FP / FN',
      tp: 'TP',
      fp: 'FP',
      fn: 'FN',
      precision: 'Precision',
      recall: 'Recall',
    },
    cell: (column: string, image: string) => `${column}, ${image}`,
  },
  iconic: {
    title: 'Iconic or crowded',
    caption:
      'One simulated detector, two scenes: a photo with one large centred cup (VOC-like) and a drawn car park with 33 small cars (COCO-like). Every box is moved by the same localisation error, and round(miss rate × number of objects) objects are missed: with one cup, that means found below 0.5 and missed from 0.5 on.',
    locError: 'Localisation error (px)',
    missRate: 'Miss rate',
    iconic: 'Iconic: one cup',
    crowded: 'Crowded: 33 small cars',
    cupAlt:
      'Photo of an espresso cup on a saucer, seen from above, with the ground-truth box and the detection',
    parkingDrawing: 'Drawn car park seen from above, with ground-truth and detected boxes',
    ap: 'COCO AP@[.50:.95]',
    ap50: 'AP50',
  },
} as const;

/** The detection section's strings. */
export type DetectionText = typeof detectionText;
