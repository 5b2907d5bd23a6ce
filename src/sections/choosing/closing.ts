/**
 * Content of the choosing section's closing parts: the self-check
 * questions, the "what to report" list and the references.
 */

import { letteredQuestion, type SelfCheckQuestion } from '../../widgets/selfCheck';
import type { Reference } from '../../widgets/references';

/** The self-check questions (3-4). */
export const QUESTIONS: SelfCheckQuestion[] = [
  letteredQuestion({
    id: 'team',
    prompt:
      'A tumour segmentation model reports 98 % pixel accuracy and nothing else. Which pair of metrics would you ask for first?',
    choices: [
      'Top-1 and top-5 accuracy',
      'Dice or IoU of the tumour class, and its recall',
      'PSNR and SSIM',
      'Nothing more: 98 % is excellent',
    ],
    answer: 1,
    explanation:
      'The background carries pixel accuracy. The overlap of the tumour class and the share of tumour pixels found say whether the model finds the tumour at all.',
  }),
  letteredQuestion({
    id: 'empty',
    prompt:
      'Some test images contain no lesion, and the model correctly predicts none. What must the paper state?',
    choices: [
      'Nothing: those images are simply perfect',
      'That they were removed from the test set',
      'What Dice and IoU report when both masks are empty (1, NaN or skipped), and the library and version',
      'The PSNR of those images',
    ],
    answer: 2,
    explanation:
      'Dice and IoU divide 0 by 0 there. Libraries disagree on the answer, and the choice can move the mean a lot when empty images are common.',
  }),
  letteredQuestion({
    id: 'deploy',
    prompt:
      'A detector will raise an alarm whenever its score passes 0.6. Which number describes what users will see?',
    choices: [
      'COCO AP over IoU 0.50 to 0.95',
      'Precision and recall at the score threshold 0.6',
      'The cross-entropy of the scores',
      'Top-5 accuracy',
    ],
    answer: 1,
    explanation:
      'AP summarises every threshold; users live with one. Report precision and recall at the threshold you ship, beside AP.',
  }),
];

/** What to report, whatever the task. */
export const WHAT_TO_REPORT: string[] = [
  'Several metrics that hide different things, chosen for your problem (the chooser above), not the single number a leaderboard asks for.',
  'Per-class scores beside any mean over classes, and the number of test images of each class.',
  'The conventions: averaging (per image or pooled), the rule for empty references and ties, caps and crops, thresholds, the library and its version.',
  'The number of test images and a bootstrap interval of each score and of each difference you claim.',
];

/** Maier-Hein et al. 2024 (Metrics Reloaded) and Reinke et al. 2024 (pitfalls). */
export const REFERENCES: Reference[] = [
  {
    authors: ['Lena Maier-Hein', 'Annika Reinke', 'Patrick Godau', 'et al.'],
    title: 'Metrics reloaded: recommendations for image analysis validation',
    venue: 'Nature Methods 21, 195–212',
    year: 2024,
    doi: '10.1038/s41592-023-02151-z',
  },
  {
    authors: ['Annika Reinke', 'Minu D. Tizabi', 'Michael Baumgartner', 'et al.'],
    title: 'Understanding metric-related pitfalls in image analysis validation',
    venue: 'Nature Methods 21, 182–194',
    year: 2024,
    doi: '10.1038/s41592-023-02150-0',
  },
];
