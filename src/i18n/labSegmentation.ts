/**
 * UI strings of the Lab's segmentation panel (#/lab, figure
 * `lab.segmentation`): input labels, settings, table headers, the error
 * overlay's legend, the hints' sentences and the export names.
 */
import type { SegmentationHint } from '../lab/segmentation/hints';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const f3 = (x: number | null) => (x === null ? 'undefined (0/0)' : x.toFixed(3));
const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const list = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

export const labSegmentationText = {
  title: 'Segmentation: your label maps',
  caption:
    'Drop ground-truth and predicted label maps (PNG with palette indices or grey class ids, 8 or 16 bits). Several pairs at once are paired by file name, or by order. Nothing leaves this page.',
  inputs: {
    gt: 'Ground-truth label maps (PNG)',
    pred: 'Predicted label maps (PNG)',
    names: 'Class names (optional: JSON or text)',
    gtHint: 'One or more PNGs whose pixel values (or palette indices) are class ids.',
    predHint: 'One per ground-truth map, same size; paired by file name when the names match, else by order.',
    removeNames: 'Remove the class names file',
    namesHint: 'A JSON array ["road", "car"], an object {"0": "road"}, or one name per line.',
  },
  settings: {
    legend: 'Settings',
    ignoreIndex: 'Ignore index',
    ignoreIndexHint: 'Reference pixels with this id are left out; empty: none (default 255).',
    numClasses: 'Number of classes',
    numClassesHint: 'Empty: the number of class names, else the largest id in the maps + 1.',
    invalid: (label: string) => `${label}: enter a whole number of at least 0, or leave it empty.`,
  },
  example: 'Two 64x48 street scenes (background, sidewalk, car, person) with an unlabelled border (id 255).',
  what: 'segmentation evaluation',
  empty: 'Drop label maps or load the example to see the metrics.',
  summary: {
    caption: 'Per image and pooled (every pixel of every pair together)',
    image: 'Image',
    pooled: 'Pooled',
    size: 'Size',
    pixelAccuracy: 'Pixel accuracy',
    meanAccuracy: 'Mean accuracy',
    miou: 'mIoU',
    fwiou: 'FWIoU',
    mdice: 'Mean Dice',
    cell: (metric: string, subject: string) => `${metric}, ${subject}`,
  },
  perClass: {
    caption: (subject: string) => `Per class: ${subject}`,
    subject: 'Per-class values and confusion matrix of',
    pooledOption: 'All images pooled',
    imageOption: (n: number, name: string) => `Image ${n}: ${name}`,
    className: 'Class',
    reference: 'Reference pixels',
    predicted: 'Predicted pixels',
    iou: 'IoU',
    dice: 'Dice',
    precision: 'Precision',
    recall: 'Recall (accuracy)',
    cell: (metric: string, cls: string) => `${metric} of ${cls}`,
    hidden: (n: number) =>
      `${count(n, 'class', 'classes')} with no pixel in the reference or the prediction are not listed (every value of theirs is undefined, 0/0).`,
    undefinedIou: 'The class is in neither the reference nor the prediction: TP + FP + FN = 0.',
    undefinedPrecision: 'Nothing was predicted as this class: TP + FP = 0.',
    undefinedRecall: 'The class is absent from the reference: TP + FN = 0.',
  },
  confusion: {
    caption: 'Confusion matrix (pixels)',
    view: 'Confusion matrix shows',
    counts: 'Pixel counts',
    shares: 'Shares of each true class',
    truthAxis: 'True class',
    predictedAxis: 'Predicted class',
    hint: 'Hover over or focus a cell to read what it means.',
    cell: (truth: string, pred: string, n: number, share: number | null) =>
      `${count(n, 'pixel')} of true ${truth} predicted as ${pred}${share === null ? '' : ` (${pct(share)} of the ${truth} pixels)`}.`,
    tooMany: (n: number) => `${n} classes are too many to draw the matrix here: download the JSON to get it.`,
  },
  overlay: {
    caption: 'Error overlay',
    notKept: (name: string) =>
      `No overlay for ${name}: the overlays of the earlier images already fill the memory set aside for them.`,
    subject: 'Error overlay of',
    picture: (name: string, c: { correct: number; wrong: number; ignored: number; unpredicted: number }) =>
      `Error overlay of ${name}: ${count(c.correct, 'pixel')} right, ${count(c.wrong, 'pixel')} wrong, ${count(c.ignored, 'pixel')} ignored, ${count(c.unpredicted, 'pixel')} with no prediction.`,
    correct: 'right (grey)',
    wrong: 'wrong (orange)',
    ignored: 'ignored: reference is the ignore index (black)',
    unpredicted: 'no prediction: predicted the ignore index (blue)',
    counted: (label: string, n: number, share: number) => `${label}: ${count(n, 'pixel')} (${pct(share)})`,
  },
  hints: {
    title: 'What the data shows',
    text: (h: SegmentationHint, names: readonly string[]): string => {
      const name = (c: number) => names[c] ?? `class ${c}`;
      switch (h.kind) {
        case 'pairing':
          return h.rule === 'name'
            ? `${h.pairs} pairs, matched by file name.`
            : `${h.pairs} pairs, matched by order (the file names do not all match).`;
        case 'imbalance':
          return `Class imbalance: ${name(h.largest)} covers ${pct(h.largestShare)} of the scored reference pixels, ${name(h.smallest)} only ${pct(h.smallestShare)}. Pixel accuracy is dominated by the large classes; mIoU weighs every class the same, FWIoU by its share.`;
        case 'absent-reference':
          return `Absent from the reference: ${list(h.classes.map(name))}. Their recall is undefined (0/0); their IoU and Dice are undefined unless they were predicted.`;
        case 'predicted-absent':
          return `Predicted but absent from the reference: ${list(h.classes.map(name))}. Every such pixel is a false positive, so their IoU and Dice are 0 and count in the means.`;
        case 'zero-division':
          return h.undefinedIou.length === 0
            ? `0/0 convention: every class has a defined IoU here, so the conventions agree (mIoU ${f3(h.miou)}).`
            : `0/0 convention in force (mmsegmentation): undefined values (${list(h.undefinedIou.map(name))}) are left out of the means, giving mIoU ${f3(h.miou)}. Counting them as 1 would give ${f3(h.miouAsOne)}, as 0 (scikit-learn, torchmetrics defaults) ${f3(h.miouAsZero)}.`;
        case 'ignore-is-class':
          return `The ignore index ${h.ignoreIndex} is also a class id: reference pixels of that class are left out, predictions of it still count as the class.`;
        case 'ignored':
          return `${count(h.pixels, 'reference pixel')} (${pct(h.share)}) hold the ignore index ${h.ignoreIndex} and are left out of every metric.`;
        case 'unpredicted':
          return `${count(h.pixels, 'predicted pixel')} hold the ignore index ${h.ignoreIndex}: each is a false negative of its true class and a false positive of none.`;
        case 'per-image-mean':
          return `Per-image versus pooled: the mean of the per-image mIoUs is ${f3(h.meanOfImages)}, the pooled mIoU ${f3(h.pooled)}. Pooling weighs images by their pixels${h.imagesMissingClasses > 0 ? ` and ${h.imagesMissingClasses === 1 ? '1 image lacks' : `${h.imagesMissingClasses.toLocaleString('en')} images lack`} some reference classes, which changes the classes their own means average over` : ''}.`;
      }
    },
  },
  exports: {
    perClass: 'per-class table',
    perClassFile: 'segmentation-per-class',
    perImage: 'per-image results',
    perImageFile: 'segmentation-per-image',
  },
} as const;
