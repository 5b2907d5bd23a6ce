/**
 * UI strings of the segmentation section (#/segmentation): figure titles and
 * captions, control labels, legends, notices and the sentences built from the
 * reader's numbers. The prose stays with the section's components.
 */

import { messages } from './messages';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const f2 = (x: number) => x.toFixed(2);
const pixels = (n: number) => `${n.toLocaleString('en')} pixel${n === 1 ? '' : 's'}`;

export const segmentationText = {
  section: {
    /** The page heading: the section's title in the app's catalogue. */
    title: messages.sections.segmentation.title,
  },
  classNames: {
    background: 'background',
    sidewalk: 'sidewalk',
    car: 'car',
    person: 'person',
  },
  painter: {
    title: 'Paint the prediction',
    caption:
      'Ground truth outlined, your prediction filled. It opens on a lazy model that calls every pixel background. Press a preset, or pick a class and drag over the picture.',
    keyboard:
      'Keyboard: focus the picture, move the brush with the arrow keys (Shift: 10 pixels), press Enter to paint or fill, or hold Space while moving to paint a line.',
    surface: 'Prediction painting surface, 160 by 120 label pixels',
    surfaceHint:
      'Arrow keys move the brush (Shift: 10 pixels). Enter paints once at the brush, or fills with the flood-fill tool. Hold Space and move with the arrow keys to paint a line. Ctrl+Z undoes, Ctrl+Y redoes.',
    cursorAt: (x: number, y: number) => `Brush at column ${x}, row ${y}.`,
    tool: 'Tool',
    tools: { brush: 'Brush', eraser: 'Eraser (paints background)', fill: 'Flood fill' },
    brushClass: 'Brush class',
    brushSize: 'Brush size (pixels)',
    undo: 'Undo',
    redo: 'Redo',
    overlays: 'Show',
    truth: 'Ground truth (outlines)',
    prediction: 'Prediction (colours)',
    errors: 'Error map',
    errorClass: 'Error map for',
    allClasses: 'all object classes',
    presets: 'Preset predictions',
    presetNames: {
      lazy: 'Lazy model',
      perfect: 'Perfect',
      sloppy: 'Sloppy boundaries',
      missesSmall: 'Misses small objects',
      overSegments: 'Over-segments',
    },
    legendClasses: 'Overlays',
    legendErrors: 'Error map',
    tp: 'TP: right class (solid)',
    fp: 'FP: predicted, not there (dotted)',
    fn: 'FN: missed (hatched)',
    legendTruth: 'ground truth (outline)',
    sceneNote: 'The scene is drawn in code; it is not a photograph.',
    liveHeading: 'Scores of your prediction right now',
    livePixelAccuracy: 'Pixel accuracy',
    liveMiou: 'Mean IoU',
    liveIou: (cls: string) => `IoU of ${cls}`,
    /** The short trap line beside the picture. */
    trapShort: (acc: number, cls: string, metric: string, value: number) =>
      value === 0
        ? `${pct(acc)} of the pixels are right, yet ${cls} ${metric} is 0: ${cls === 'person' ? 'not one person pixel is found' : 'not one car pixel is found'}.`
        : `${pct(acc)} of the pixels are right, yet ${cls} ${metric} is only ${f2(value)}.`,
    trapShortInactive:
      'Not right now: people and cars both score at least 0.5. Press “Lazy model” to see it.',
    /** The legend chips under the picture. */
    chipTruth: 'Truth: outline',
    chipPrediction: 'Prediction: fill',
    chipPredictionEmpty: 'Prediction: none (all background)',
  },
  metrics: {
    title: 'Live metrics of your prediction',
    caption:
      'Every number is computed in a background worker from the painted prediction. Rows of the confusion matrix are the true classes, columns the predicted ones.',
    pixelAccuracy: 'Pixel accuracy',
    miou: 'Mean IoU',
    mdice: 'Mean Dice',
    perClass: 'Per-class scores',
    classColumn: 'Class',
    precision: 'Precision',
    recall: 'Recall',
    iou: 'IoU',
    dice: 'Dice',
    cellLabel: (metric: string, cls: string) => `${metric} of ${cls}`,
    confusion: 'Confusion matrix',
    truthAxis: 'True class',
    predictedAxis: 'Predicted class',
    view: 'Show',
    counts: 'pixel counts',
    shares: 'row shares',
    cellHint: 'Hover over or focus a cell to read what it means.',
    /** Sentences saying what a confusion-matrix cell means. */
    cell: {
      unnamed: (id: number) => `class ${id}`,
      share: (share: number, truth: string) => ` (${(share * 100).toFixed(1)} % of all ${truth} pixels)`,
      correct: (count: number, truth: string, share: string) =>
        `${pixels(count)} of ${truth} ${count === 1 ? 'was' : 'were'} predicted as ${truth}${share}: correct, the true positives of ${truth}.`,
      wrong: (count: number, truth: string, predicted: string, share: string) =>
        `${pixels(count)} of ${truth} ${count === 1 ? 'was' : 'were'} predicted as ${predicted}${share}: wrong, so false negatives of ${truth} and false positives of ${predicted}.`,
    },
    trapActive: (acc: number, cls: string, metric: string, value: number) =>
      `Pixel accuracy is ${pct(acc)}, yet ${cls} has ${metric} ${f2(value)}: the background covers about nine pixels in ten, so a prediction can look accurate while it misses the ${cls === 'person' ? 'people' : 'cars'}.`,
    trapInactive: (acc: number) =>
      `Pixel accuracy is ${pct(acc)}, and people and cars both have IoU and recall of at least 0.5, so accuracy is not hiding a missed class right now. Try the “Lazy model”.`,
    trapHeading: 'The accuracy trap',
    /** How the trap sentence names the offending score. */
    trapMetric: { iou: 'IoU', recall: 'recall' },
    waiting: 'Waiting for the first numbers…',
    undefinedPrecision: 'Nothing was predicted as this class: TP + FP = 0.',
  },
  formulas: {
    title: 'IoU and Dice with your numbers',
    formulasRegion: 'IoU and Dice formulas with your counts',
    caption:
      'TP, FP and FN of the chosen class come from your painted prediction. The plot shows Dice against IoU: every prediction lies on the same curve.',
    cls: 'Class',
    plotLabel: (iou: string, dice: string) =>
      `Plot of Dice against IoU: the curve Dice = 2 IoU / (1 + IoU), and your prediction at IoU ${iou}, Dice ${dice}.`,
    iouAxis: 'IoU',
    diceAxis: 'Dice',
    identity: 'Dice = IoU',
    you: 'you',
    tp: 'TP',
    fp: 'FP',
    fn: 'FN',
    iou: 'IoU',
    dice: 'Dice',
    /** Text alternatives of the live formulas; `{name}` is filled with the reader's numbers. */
    iouSpoken: 'IoU = TP over TP + FP + FN = {tp} over {tp} + {fp} + {fn} = {iou}',
    diceSpoken: 'Dice = 2 TP over 2 TP + FP + FN = 2 times {tp} over 2 times {tp} + {fp} + {fn} = {dice}',
  },
  structures: {
    title: 'The same one-pixel error on a small and a large structure',
    caption:
      'Illustrative synthetic masks, drawn at the same scale: each prediction misses only the outermost ring of pixels. Found pixels are solid blue, missed ones hatched purple.',
    radius: 'Lesion radius (pixels)',
    small: 'Small lesion',
    large: 'Large organ',
    smallAlt: (r: number) => `A round lesion of radius ${r} pixels whose outer ring of pixels is missed.`,
    largeAlt: (r: number) => `A round organ of radius ${r} pixels whose outer ring of pixels is missed.`,
    dice: 'Dice',
    iou: 'IoU',
    missed: (missed: number, total: number) => `${missed} of ${total} pixels missed`,
    plotTitle: 'Dice against the lesion’s radius',
    plotLabel: (r0: number, d0: string, r1: number, d1: string, organ: number | null) =>
      `Plot of the lesion’s Dice against its radius, for the same one-pixel error: ${d0} at radius ${r0}, rising to ${d1} at radius ${r1}` +
      (organ === null ? '.' : `; the large organ stays at ${organ.toFixed(2)}.`),
    radiusAxis: 'Lesion radius (pixels)',
    organLine: 'large organ',
    lesionPoint: 'this lesion',
    sweepError: (message: string) => `The Dice of every radius could not be computed: ${message}`,
  },
  empty: {
    title: 'An empty reference',
    caption:
      'The street scene with a slightly sloppy prediction. Remove a class from the ground truth and see what IoU and Dice can still say. Only the labels change; the picture stays the same.',
    cls: 'Class to remove',
    removeTruth: 'Remove it from the ground truth',
    clearPrediction: 'Also clear it from the prediction',
    iou: (cls: string) => `IoU of ${cls}`,
    dice: (cls: string) => `Dice of ${cls}`,
    zeroReason: (cls: string) =>
      `There is no ${cls} left to find, so TP = FN = 0 and every predicted ${cls} pixel is a false positive: IoU = 0 / FP = 0.`,
    undefinedReason: (cls: string) => `No ${cls} in the ground truth and none predicted: TP + FP + FN = 0.`,
    conventions: 'What libraries report for 0/0, and the mean IoU that follows',
    convention: 'Convention',
    examples: 'Used by',
    classValue: (cls: string) => `IoU of ${cls}`,
    meanValue: 'Mean IoU',
    skip: 'Leave the class out of the mean',
    one: 'Count it as 1 (perfect)',
    zero: 'Count it as 0 (failure)',
    skipWho: 'mmsegmentation (NaN, then nanmean); MONAI DiceMetric by default; MetricsReloaded’s IoU (NaN)',
    oneWho: 'MONAI DiceMetric(ignore_empty=False); MetricsReloaded’s Dice up to mid-2025 (not its IoU)',
    zeroWho:
      'scikit-learn jaccard_score (zero_division default); torchmetrics JaccardIndex (zero_division=0)',
    skipValue: 'left out',
    allDefined: 'Every class is defined here, so the three conventions agree.',
  },
  threshold: {
    title: 'Precision against recall: the threshold',
    caption:
      'A made-up “person” probability map on a crop of the scene (brighter = more sure). Pixels at or above the threshold are predicted as person.',
    threshold: 'Threshold',
    probabilityAlt:
      'Probability map of the person class: bright on the three people, dimmer around them and on the lamp post.',
    predictionAlt: (t: string) => `Person pixels predicted at threshold ${t}, coloured by TP, FP and FN.`,
    probability: 'Probability',
    prediction: 'Prediction at the threshold',
    precision: 'Precision (person)',
    recall: 'Recall (person)',
    iou: 'IoU (person)',
    note: 'For a car, a missed person is the dangerous error, so a driving stack sets the person threshold low: high recall, paid for with false alarms such as the lamp post.',
  },
};
