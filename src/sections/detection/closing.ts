/**
 * Content of the detection section's closing parts: the self-check
 * questions, the "what to report" list and the references.
 */

import type { SelfCheckQuestion } from '../../widgets/selfCheck';
import type { Reference } from '../../widgets/references';

/** The self-check questions (3-4, the right answers in different places). */
export const QUESTIONS = [
  {
    id: 'iou-062',
    prompt:
      'A prediction has IoU 0.62 with an object of its class, and nothing else competes for it. How is it counted?',
    choices: [
      'A true positive at 0.50 and at 0.75',
      'A true positive at 0.50, a false positive at 0.75',
      'A false positive at 0.50, a true positive at 0.75',
      'It depends on its score only',
    ],
    answer: 1,
    explanation:
      'A prediction is a true positive when its IoU reaches the threshold: 0.62 ≥ 0.50 but 0.62 < 0.75. The score decides the order of matching, not whether the overlap is enough.',
  },
  {
    id: 'duplicate',
    prompt:
      'Two predictions cover the same car: A with IoU 0.90 and score 0.6, B with IoU 0.80 and score 0.9. At IoU 0.5, which is the true positive?',
    choices: ['B, because it has the higher score', 'A, because it overlaps more', 'Both', 'Neither'],
    answer: 0,
    explanation:
      'Matching walks down the ranking by score. B comes first and takes the car; A then finds the car already matched and becomes a duplicate false positive.',
  },
  {
    id: 'loose',
    prompt:
      'Every box of a detector covers its object but is too big (IoU about 0.6). Which number shows the problem?',
    choices: ['AP50', 'Recall at IoU 0.5', 'The number of detections', 'AP@[.50:.95]'],
    answer: 3,
    explanation:
      'At IoU 0.5 every loose box counts, so AP50 and recall look perfect. AP@[.50:.95] averages over thresholds up to 0.95, where the loose boxes fail.',
  },
  {
    id: 'empty',
    prompt:
      'An image contains no object and the detector predicts nothing on it. What is the recall on this image?',
    choices: ['0', '1', 'Undefined (0/0)', '0.5'],
    answer: 2,
    explanation:
      'Recall is found objects over objects: 0 / 0 has no value. Pool the counts over the whole dataset instead of averaging per-image recall.',
  },
] satisfies SelfCheckQuestion[];

/** What to report instead of one bare “mAP”. */
export const WHAT_TO_REPORT: string[] = [
  'AP at more than one IoU threshold: at least AP50 and AP@[.50:.95] (and AP75), so loose and tight boxes can be told apart.',
  'Which interpolation (VOC 2007 11-point, all-point, COCO 101-point) and which evaluation code and version, for example pycocotools 2.0 or the VOC devkit.',
  'AP for small, medium and large objects, and average recall (AR) at 1, 10 and 100 detections per image.',
  'Per-class AP next to the mean, with the number of images and objects of each class.',
  'How ties in score, images without objects, “difficult” and crowd annotations are handled.',
  'A few images with the boxes drawn on them, including failures.',
];

/** The works the section cites. */
export const REFERENCES = [
  {
    authors: 'M. Everingham, L. Van Gool, C. K. I. Williams, J. Winn, A. Zisserman',
    title: 'The PASCAL Visual Object Classes (VOC) Challenge',
    venue: 'International Journal of Computer Vision 88(2), 303–338',
    year: 2010,
    doi: '10.1007/s11263-009-0275-4',
  },
  {
    authors: 'M. Everingham, S. M. A. Eslami, L. Van Gool, C. K. I. Williams, J. Winn, A. Zisserman',
    title: 'The PASCAL Visual Object Classes Challenge: A Retrospective',
    venue: 'International Journal of Computer Vision 111(1), 98–136',
    year: 2015,
    doi: '10.1007/s11263-014-0733-5',
  },
  {
    authors: 'T.-Y. Lin, M. Maire, S. Belongie, J. Hays, P. Perona, D. Ramanan, P. Dollár, C. L. Zitnick',
    title: 'Microsoft COCO: Common Objects in Context',
    venue: 'European Conference on Computer Vision (ECCV)',
    year: 2014,
    doi: '10.1007/978-3-319-10602-1_48',
  },
  {
    authors: 'R. Padilla, S. L. Netto, E. A. B. da Silva',
    title: 'A Survey on Performance Metrics for Object-Detection Algorithms',
    venue: 'International Conference on Systems, Signals and Image Processing (IWSSIP), 237–242',
    year: 2020,
    doi: '10.1109/IWSSIP48289.2020.9145130',
  },
  {
    authors: 'D. Hoiem, Y. Chodpathumwan, Q. Dai',
    title: 'Diagnosing Error in Object Detectors',
    venue: 'European Conference on Computer Vision (ECCV)',
    year: 2012,
  },
  {
    authors: 'COCO Consortium',
    title: 'cocoapi: pycocotools COCOeval (evaluate, accumulate, summarize)',
    venue: 'Source code, github.com/cocodataset/cocoapi',
    year: 2015,
    url: 'https://github.com/cocodataset/cocoapi',
  },
] satisfies Reference[];
