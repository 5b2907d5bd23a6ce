/**
 * The stops of the benchmark timeline: four datasets (year, size, what each
 * changed) and the winning ILSVRC top-5 error of each year 2010-2017, with
 * the single-annotator human error (all figures from Russakovsky et al.
 * 2015, the dataset papers and CURRICULUM.md part 0).
 */

/** One dataset on the timeline. */
export interface DatasetStop {
  kind: 'dataset';
  id: string;
  year: number;
  name: string;
  /** Short name for a phone's narrow timeline. */
  short: string;
  /** Size, as people read it. */
  size: string;
  /** What it changed, one or two sentences. */
  text: string;
}

/** One ILSVRC year: the winner's top-5 error in percent. */
export interface YearStop {
  kind: 'ilsvrc';
  id: string;
  year: number;
  /** Winning top-5 error, percent. */
  error: number;
  /** The winner or the step, e.g. "AlexNet". */
  name: string;
  text: string;
}

/** A stop of the timeline. */
export type TimelineStop = DatasetStop | YearStop;

/** Top-5 error of one human annotator on ILSVRC (Russakovsky et al. 2015), percent. */
export const HUMAN_TOP5_ERROR = 5.1;

/** The four datasets, in time order. */
export const DATASETS: readonly DatasetStop[] = [
  {
    kind: 'dataset',
    id: 'mnist',
    year: 1998,
    name: 'MNIST',
    short: 'MNIST',
    size: '60,000 training and 10,000 test images, 28 × 28 grey digits',
    text: 'LeCun et al. fixed one test set of handwritten digits that every method was scored on, so papers could be compared number for number.',
  },
  {
    kind: 'dataset',
    id: 'voc',
    year: 2005,
    name: 'PASCAL VOC',
    short: 'VOC',
    size: '4 classes in 2005, 10 in 2006, 20 from 2007 to 2012',
    text: 'A yearly challenge for finding objects, not just naming images: a detection counts when its box overlaps the true one with IoU ≥ 0.5. Most objects are large and centred (iconic).',
  },
  {
    kind: 'dataset',
    id: 'imagenet',
    year: 2009,
    name: 'ImageNet',
    short: 'ImageNet',
    size: 'about 14 million images in about 22,000 categories; ILSVRC: 1,000 classes, 1.28 million training images',
    text: 'Fei-Fei Li’s team (conceived 2006, published at CVPR 2009) made data, not only methods, the thing to scale. Its challenge, ILSVRC, scored top-5 error from 2010 to 2017.',
  },
  {
    kind: 'dataset',
    id: 'coco',
    year: 2014,
    name: 'MS COCO',
    short: 'COCO',
    size: '328,000 images, 91 categories (80 for detection), 2.5 million labelled instances',
    text: 'Crowded everyday scenes with 7.7 objects per image, where VOC and ImageNet have fewer than 3. Detection and instance segmentation from 2014, captions from 2015, keypoints from 2016, and AP averaged over IoU 0.5 to 0.95.',
  },
];

/** The winning top-5 error of each ILSVRC classification challenge. */
export const ILSVRC_YEARS: readonly YearStop[] = [
  {
    kind: 'ilsvrc',
    id: 'ilsvrc-2010',
    year: 2010,
    error: 28.2,
    name: 'first challenge',
    text: 'The first challenge is won with hand-designed image features and a linear classifier: more than a quarter of the images have the right class nowhere among five guesses.',
  },
  {
    kind: 'ilsvrc',
    id: 'ilsvrc-2011',
    year: 2011,
    error: 25.8,
    name: 'small step',
    text: 'Better features, the same kind of pipeline: the error falls by 2.4 points.',
  },
  {
    kind: 'ilsvrc',
    id: 'ilsvrc-2012',
    year: 2012,
    error: 16.4,
    name: 'AlexNet',
    text: 'AlexNet, a deep convolutional network trained on two GPUs, wins with 16.4 % (15.3 % with extra training data) while the runner-up has 26.2 %. Within two years almost every entry is a deep network.',
  },
  {
    kind: 'ilsvrc',
    id: 'ilsvrc-2013',
    year: 2013,
    error: 11.7,
    name: 'refined networks',
    text: 'The top entries are all deep networks now, tuned versions of the 2012 design: 11.7 %.',
  },
  {
    kind: 'ilsvrc',
    id: 'ilsvrc-2014',
    year: 2014,
    error: 6.7,
    name: 'GoogLeNet and VGG',
    text: 'Much deeper networks: GoogLeNet (22 layers) wins with 6.7 %; VGG, close behind, stacks small 3 × 3 filters. The error is now near the 5.1 % of one human annotator.',
  },
  {
    kind: 'ilsvrc',
    id: 'ilsvrc-2015',
    year: 2015,
    error: 3.57,
    name: 'ResNet',
    text: 'ResNet’s shortcut connections let a 152-layer network train: 3.57 %, below the 5.1 % measured for one human annotator. From here, remaining errors include images whose label is itself doubtful.',
  },
  {
    kind: 'ilsvrc',
    id: 'ilsvrc-2016',
    year: 2016,
    error: 2.99,
    name: 'ensembles',
    text: 'Ensembles of existing networks win with 2.99 %. A gain of 0.6 points on 100,000 test images is about 600 images, many of them ambiguous: the benchmark is saturating.',
  },
  {
    kind: 'ilsvrc',
    id: 'ilsvrc-2017',
    year: 2017,
    error: 2.25,
    name: 'SENet, the last challenge',
    text: 'SENet wins with 2.25 % and the classification challenge ends. When the best scores pass human agreement, the order of the top entries says more about label noise than about models; the field moved on to harder benchmarks, as NLP later moved from GLUE (2018) to SuperGLUE (2019).',
  },
];

/** Every stop in time order (keyboard order): datasets and years interleaved by year. */
export const STOPS: readonly TimelineStop[] = [...DATASETS, ...ILSVRC_YEARS].sort(
  (a, b) => a.year - b.year || (a.kind === 'dataset' ? -1 : 1),
);

/** The ids of every stop (the widget state's picklist). */
export const STOP_IDS = STOPS.map((s) => s.id) as readonly string[];

/** The stop with `id` (the first stop when unknown). */
export function stopById(id: string): TimelineStop {
  return STOPS.find((s) => s.id === id) ?? (STOPS[0] as TimelineStop);
}

/** The stop `delta` places after `id` in keyboard order, clamped to the ends. */
export function stepStop(id: string, delta: number): TimelineStop {
  const i = STOPS.findIndex((s) => s.id === id);
  const j = Math.max(0, Math.min(STOPS.length - 1, (i < 0 ? 0 : i) + delta));
  return STOPS[j] as TimelineStop;
}
