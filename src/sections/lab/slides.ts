/**
 * Presentation slides of the Lab (app/present/slides.ts): each panel with its built-in example, spread
 * over slides of its files, its settings and its results (a loaded example's results are too big for one).
 */
import type { SectionSlides } from '../../app/present/slides';

/** On a slide the drop zones keep their titles and buttons; their hints, caps and file lines (on the page) make room. */
const HIDE = ['.ba-lab-drop__hint', '.ba-lab-drop__cap', '.ba-lab-drop__state'];

/** A note such as "Example loaded: ..." (errors stay): a results slide needs the room. */
const NOTE = '.ba-lab-message[data-tone="note"]';

/** The "Load an example" line: settings and results slides leave it to the files slide (the loaded example stays). */
const EXAMPLE = '.ba-lab-example';

/** The job's progress line ("... evaluation: done."): results slides leave it to the files slide. */
const JOB = '.ba-lab-job';

/**
 * Parts a results slide leaves out once the panel has results (`panel` holds a results-only part):
 * before any files a results slide keeps them, so the example can be loaded from there too.
 */
const once = (panel: string, ...parts: string[]) => parts.map((part) => `${panel} ${part}`);

/** The COCO panel's parts (coco/CocoPanel.tsx): files, then the results over four slides. */
const COCO = {
  files: '.ba-lab-coco__files',
  /** The evaluation type and the "Load an example" line, and the progress line, once there are results. */
  done: once('.ba-lab-coco:has([data-coco-result])', '.ba-lab-coco__options', JOB),
  results: '[data-coco-result]',
  summary: '.ba-lab-coco__summary',
  table: '.ba-lab-coco__table',
  pair: '.ba-lab-coco-pair',
  curves: '.ba-lab-coco__curves',
  sizes: '.ba-lab-coco__sizes',
  sizeTable: '.ba-lab-coco__sizes > :first-child',
  pitfalls: '.ba-lab-coco__sizes > :last-child',
  exports: '.ba-lab-coco__exports',
} as const;

/** The segmentation panel's parts (segmentation/SegmentationPanel.tsx): inputs, then the results over three slides. */
const SEG = {
  inputs: ['.ba-labseg-inputs', '.ba-labseg__names', '.ba-labseg-settings'],
  results: '[data-results="segmentation"]',
  summary: '[data-results="segmentation"] > table',
  downloads: '.ba-lab-downloads-row',
  hints: '.ba-labseg-hints',
  subject: '.ba-labseg__subject',
  pair: '.ba-labseg-pair',
  perClass: '.ba-labseg-pair > :first-child',
  confusion: '.ba-labseg-pair > :last-child',
  overlay: '.ba-labseg__overlay',
  /** The "Load an example" line and the progress line, once there are results. */
  done: once('.ba-labseg:has([data-results="segmentation"])', EXAMPLE, JOB),
} as const;

/** The image-pair panel's parts (imagePair/ImagePairPanel.tsx): files, SSIM settings, results. */
const PAIR = {
  files: '.ba-lab-pair__files',
  formats: '.ba-lab-pair__formats',
  settings: '.ba-lab-pair__settings',
  results: '.ba-lab-pair__results',
  map: '.ba-lab-pair__map',
  details: '.ba-lab-pair__details',
  /** The "Load an example" line and the progress line, once there are results (the SSIM map). */
  done: once('.ba-lab-pair:has(.ba-lab-pair__map)', EXAMPLE, JOB),
} as const;

/** The depth panel's parts (depth/DepthPanel.tsx): files, settings, results. */
const DEPTH = {
  files: '.ba-lab-depth__files',
  formats: '.ba-lab-depth__formats',
  settings: '.ba-lab-depth__settings',
  results: '.ba-lab-depth__results',
  map: '.ba-lab-depth__map',
  details: '.ba-lab-depth__details',
  /** The "Load an example" line and the progress line, once there are results (the error map). */
  done: once('.ba-lab-depth:has(.ba-lab-depth__map)', EXAMPLE, JOB),
  /** On the settings slide only the headline errors (Abs Rel, RMSE, δ < 1.25) show. */
  otherNumbers: '.ba-lab-depth__numbers .ba-readout:not([data-headline])',
} as const;

/** Headlines, notes and statements of the Lab's four panels, each spread over three or four slides. */
export const slides: SectionSlides = {
  figures: {
    'lab.coco': [
      {
        hide: [...HIDE, COCO.results],
        headline: 'Your detections, scored like pycocotools',
        notes:
          'Load the example, or drop a ground-truth and a results JSON. Both files stay in this browser; the evaluation starts when both are there.',
      },
      {
        hide: [COCO.files, ...COCO.done, NOTE, COCO.table, COCO.pair, COCO.exports],
        headline: 'The twelve COCO numbers',
        notes:
          'The twelve statistics match pycocotools to 1e-9. AP is the mean over IoU thresholds 0.50 to 0.95; AP50 and AP75 are two of them.',
        headlines: ['[data-metric="coco_eval.ap"]'],
      },
      {
        hide: [COCO.files, ...COCO.done, NOTE, COCO.summary, COCO.pair, COCO.exports],
        headline: 'Which categories carry the mean',
        notes:
          'One row per category: sort by AP to see which categories pull the mean up or down. A category nobody annotated has no AP and is left out of the mean.',
      },
      {
        hide: [COCO.files, ...COCO.done, NOTE, COCO.summary, COCO.table, COCO.sizes, COCO.exports],
        headline: 'Precision and recall of one category',
        notes:
          'Pick a category and an IoU threshold: COCO’s AP at that threshold is the mean of the curve at 101 recall points.',
      },
      {
        hide: [
          COCO.files,
          ...COCO.done,
          NOTE,
          COCO.summary,
          COCO.table,
          COCO.curves,
          COCO.pitfalls,
          COCO.exports,
        ],
        headline: 'AP and AR by object size',
        notes:
          'COCO splits the objects by area: small below 32² pixels, large above 96². Detectors often do worst on small objects; compare the rows to see where this one loses.',
      },
      {
        hide: [COCO.files, ...COCO.done, NOTE, COCO.summary, COCO.table, COCO.curves, COCO.sizeTable],
        headline: 'Pitfalls of these files, and the files to keep',
        notes:
          'The traps this file pair falls into (crowd regions, images without detections, categories without ground truth); and the results as CSV or JSON, made in this tab.',
      },
    ],
    'lab.segmentation': [
      {
        hide: [...HIDE, SEG.results],
        headline: 'Your label maps: per class, per image, pooled',
        notes:
          'Load the example, or drop ground-truth and predicted label maps. The ignore index and the number of classes are stated next to the numbers.',
      },
      {
        hide: [...SEG.inputs, ...SEG.done, NOTE, SEG.hints, SEG.subject, SEG.pair, SEG.overlay],
        headline: 'Per image or pooled: two different means',
        notes:
          'Per-image mIoU averages images; pooled mIoU adds every pixel of every pair first. Both tables can be downloaded as CSV or JSON.',
      },
      {
        hide: [
          ...SEG.inputs,
          ...SEG.done,
          NOTE,
          SEG.summary,
          SEG.downloads,
          SEG.subject,
          SEG.pair,
          SEG.overlay,
        ],
        headline: 'What this data shows',
        notes:
          'The list reads the loaded files: class imbalance, the 0/0 convention, ignored pixels, and why the per-image and pooled means differ.',
      },
      {
        hide: [
          ...SEG.inputs,
          ...SEG.done,
          NOTE,
          SEG.summary,
          SEG.downloads,
          SEG.hints,
          SEG.confusion,
          SEG.overlay,
        ],
        headline: 'Per class: which classes carry the mean',
        notes:
          'IoU, Dice, precision and recall of every class, for all images pooled or one image: a small class with a low IoU pulls mIoU down.',
      },
      {
        hide: [
          ...SEG.inputs,
          ...SEG.done,
          NOTE,
          SEG.summary,
          SEG.downloads,
          SEG.hints,
          SEG.perClass,
          SEG.overlay,
        ],
        headline: 'Which classes are mixed up',
        notes:
          'Rows are the true classes, columns the predicted ones: the diagonal is right, every other cell shows which class is mistaken for which.',
      },
      {
        hide: [...SEG.inputs, ...SEG.done, NOTE, SEG.summary, SEG.downloads, SEG.hints, SEG.pair],
        headline: 'Where the prediction is wrong',
        notes:
          'Grey pixels are right, orange wrong, black ignored (the reference holds the ignore index). Pick another image above the picture.',
      },
    ],
    'lab.image-pair': [
      {
        hide: [...HIDE, PAIR.settings, PAIR.results],
        headline: 'Bring two images, or load the example',
        notes:
          'Both images stay in this browser. PNG is decoded exactly; JPEG and WebP by the browser, which may differ from Python by a few levels. The two images must have the same size.',
      },
      {
        hide: [EXAMPLE, PAIR.files, PAIR.formats, PAIR.map, PAIR.details],
        headline: 'The SSIM settings are part of the number',
        notes:
          'Change the window or the data range and watch SSIM move: these settings are part of the number, so report them.',
        headlines: ['[data-metric="psnr"]', '[data-metric="ssim.mssim"]'],
      },
      {
        hide: [...PAIR.done, PAIR.files, PAIR.formats, PAIR.settings],
        headline: 'PSNR and SSIM of your image pair',
        notes:
          'One number per pair, and a map of where SSIM is low: the map shows which parts of the picture the distortion hit.',
        headlines: ['[data-metric="psnr"]', '[data-metric="ssim.mssim"]'],
      },
    ],
    'lab.depth': [
      {
        hide: [...HIDE, DEPTH.settings, DEPTH.results],
        headline: 'Bring two depth maps, or load the example',
        notes:
          'A 16-bit PNG holds depth times a scale factor (256 for KITTI); a .npy file holds it directly. Both maps stay in this browser.',
      },
      {
        hide: [EXAMPLE, DEPTH.files, DEPTH.formats, DEPTH.map, DEPTH.details, DEPTH.otherNumbers],
        headline: 'Cap, mask and scaling are part of the number',
        notes:
          'The caps decide which pixels count. Median scaling multiplies the prediction so its median matches the ground truth: it hides a wrong overall scale, so say when you used it.',
        headlines: ['[data-metric="depth.abs_rel"]'],
      },
      {
        hide: [...DEPTH.done, DEPTH.files, DEPTH.formats, DEPTH.settings],
        headline: 'Your depth maps: every error of the protocol',
        notes: 'Ten errors from the same pixels; the error map shows where the error lives.',
        headlines: ['[data-metric="depth.abs_rel"]'],
      },
    ],
  },
  statements: [
    {
      after: 'end',
      headline: 'Take-away',
      text: 'A number is reproducible only with its conventions: report the tool, its settings and the per-class results with the mean. Your files never left this browser.',
    },
  ],
};
