/** Presentation slides of the detection section (app/present/slides.ts). */
import type { SectionSlides } from '../../app/present/slides';

/** Headlines, notes and slide splits of the detection figures. */
export const slides: SectionSlides = {
  figures: {
    'detection.iou': {
      headline: 'IoU: overlap over union',
      notes: 'Drag the predicted box. IoU 0.5 is the VOC threshold; a box can look close and still miss it.',
      headlines: ['[data-metric="box_iou"]'],
    },
    'detection.scale': {
      headline: 'The same shift hurts a small box more',
      headlines: ['[data-metric="box_iou"]'],
    },
    'detection.ap': [
      {
        headline: 'Detections, sorted by score',
        notes: 'Each detection is matched to the best unmatched ground truth above the IoU threshold.',
        hide: ['.ba-figure__body > :nth-child(n+2)'],
      },
      {
        headline: 'From the precision–recall curve to AP',
        notes:
          'VOC 2007 (11 points), VOC (all points) and COCO (101 points) interpolate the same curve differently.',
        hide: ['.ba-figure__body > :nth-child(1)'],
      },
    ],
    'detection.presets': {
      headline: 'VOC or COCO: which detector is better?',
      headlines: ['[data-metric="coco_eval.ap"]'],
    },
    'detection.padding': {
      headline: 'More detections never lower AP',
      headlines: ['[data-metric="coco_eval.ap"]'],
    },
    'detection.ties': {
      headline: 'Equal scores: who goes first?',
    },
    'detection.empty': {
      headline: 'An image with no objects',
    },
    'detection.iconic': {
      headline: 'Iconic or crowded test sets',
      headlines: ['[data-metric="coco_eval.ap"]'],
    },
  },
  statements: [
    {
      after: 'end',
      headline: 'Take-away',
      text: 'Say which AP you report (VOC 11-point, all-point or COCO), at which IoU, and on what kind of images.',
    },
  ],
};
