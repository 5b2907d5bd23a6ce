/** Presentation slides of the Lab (app/present/slides.ts): one per panel, each with its built-in example. */
import type { SectionSlides } from '../../app/present/slides';

/** On a slide the drop zones keep their titles and buttons; their hints, caps and file lines (on the page) make room. */
const HIDE = ['.ba-lab-drop__hint', '.ba-lab-drop__cap', '.ba-lab-drop__state'];

/** Headlines, notes and statements of the Lab's four panels. */
export const slides: SectionSlides = {
  figures: {
    'lab.coco': {
      hide: HIDE,
      headline: 'Your detections, scored like pycocotools',
      notes:
        'Load the example, or drop a ground-truth and a results JSON. The twelve statistics match pycocotools to 1e-9; the table and curves show which categories carry the mean.',
      headlines: ['[data-metric="coco_eval.ap"]'],
    },
    'lab.segmentation': {
      hide: HIDE,
      headline: 'Your label maps: per class, per image, pooled',
      notes:
        'The ignore index and the 0/0 convention are stated next to the numbers; the confusion matrix shows which classes are mixed up.',
    },
    'lab.image-pair': {
      hide: HIDE,
      headline: 'PSNR and SSIM of your image pair',
      notes:
        'Change the window or the data range and watch SSIM move: these settings are part of the number, so report them.',
      headlines: ['[data-metric="psnr"]', '[data-metric="ssim.mssim"]'],
    },
    'lab.depth': {
      hide: HIDE,
      headline: 'Your depth maps, with cap, mask and scaling stated',
      notes: 'Median scaling hides a wrong overall scale; the error map shows where the error lives.',
      headlines: ['[data-metric="depth.abs_rel"]'],
    },
  },
  statements: [
    {
      after: 'end',
      headline: 'Take-away',
      text: 'A number is reproducible only with its conventions: report the tool, its settings and the per-class results with the mean. Your files never left this browser.',
    },
  ],
};
