/**
 * Content of the loss section's closing parts: the self-check questions,
 * the "what to report" list and the references.
 */

import { letteredQuestion, type SelfCheckQuestion } from '../../widgets/selfCheck';
import type { Reference } from '../../widgets/references';

/** The self-check questions (3-4). */
export const QUESTIONS: SelfCheckQuestion[] = [
  letteredQuestion({
    id: 'step',
    prompt:
      'Ten examples, threshold 0.5. A dog’s predicted probability moves from 0.52 to 0.90. What happens to accuracy and to the mean cross-entropy?',
    choices: [
      'Both improve',
      'Accuracy stays the same; the cross-entropy falls',
      'Accuracy rises by 0.1; the cross-entropy stays the same',
      'Neither changes, because the prediction was already right',
    ],
    answer: 1,
    explanation:
      'The dog was already on the right side of the threshold, so accuracy does not move. Its loss falls from −ln 0.52 ≈ 0.65 to −ln 0.90 ≈ 0.11, so the mean falls by about 0.055.',
  }),
  letteredQuestion({
    id: 'val-loss-up',
    prompt:
      'During training, validation loss starts rising after epoch 8 while validation accuracy stays at 0.9. What is the most likely explanation?',
    choices: [
      'The model is getting worse at every example',
      'The evaluation code has a bug: loss and accuracy always move together',
      'The learning rate is too small',
      'The model grows over-confident: the examples it gets wrong are given ever smaller probabilities for their true class',
    ],
    answer: 3,
    explanation:
      'Accuracy only counts which side of the threshold each point lies on. Cross-entropy also counts how sure the model is; a few confidently wrong examples (noise, wrong labels) can push it up while the decisions stay the same.',
  }),
  letteredQuestion({
    id: 'leak',
    prompt:
      'A 1-nearest-neighbour classifier scores 100 % on the test set. Which explanation should you check first?',
    choices: [
      'The test examples (or near copies) are in the training set',
      'The task is easy',
      'k = 1 always generalises best',
      'Test accuracy cannot be trusted for k-NN',
    ],
    answer: 0,
    explanation:
      'A 1-NN classifier copies the label of the closest training point. If a test point is in the training set, its closest point is itself. Duplicates across splits are a classic leak.',
  }),
  letteredQuestion({
    id: 'threshold',
    prompt: 'You move the decision threshold from 0.5 to 0.7 without retraining. What changes?',
    choices: [
      'The cross-entropy and the accuracy',
      'Only the cross-entropy',
      'Only the accuracy (and other thresholded metrics); the cross-entropy does not depend on the threshold',
      'Nothing',
    ],
    answer: 2,
    explanation:
      'Cross-entropy is computed from the probabilities alone. Accuracy is computed from decisions, and the threshold turns probabilities into decisions.',
  }),
];

/** What to report instead of a training loss. */
export const WHAT_TO_REPORT: string[] = [
  'The metric the task is judged by (accuracy, IoU, mAP...) on a held-out test set, not the training loss.',
  'The threshold (or decision rule) behind every thresholded metric, and how it was chosen (on validation data, never on the test set).',
  'A probability-quality measure (cross-entropy or a calibration error) when the model’s probabilities are used.',
  'Training and test numbers side by side: a large gap means overfitting.',
  'How the splits were made and checked for leakage: no duplicates or near duplicates across splits, no tuning on the test set.',
  'The epoch (or checkpoint) selected and the rule that selected it, on validation data.',
];

/** Goodfellow et al. 2016, Guo et al. 2017, Soudry et al. 2018, Hastie et al. 2009, Kaufman et al. 2012, Recht et al. 2019. */
export const REFERENCES: Reference[] = [
  {
    authors: ['Ian Goodfellow', 'Yoshua Bengio', 'Aaron Courville'],
    title: 'Deep Learning (chapters 5.5 and 6.2: maximum likelihood, cross-entropy and surrogate losses)',
    venue: 'MIT Press',
    year: 2016,
    url: 'https://www.deeplearningbook.org/',
  },
  {
    authors: ['Chuan Guo', 'Geoff Pleiss', 'Yu Sun', 'Kilian Q. Weinberger'],
    title: 'On Calibration of Modern Neural Networks (validation NLL overfits while error does not)',
    venue: 'International Conference on Machine Learning (ICML)',
    year: 2017,
    url: 'https://arxiv.org/abs/1706.04599',
  },
  {
    authors: ['Daniel Soudry', 'Elad Hoffer', 'Mor Shpigel Nacson', 'Suriya Gunasekar', 'Nathan Srebro'],
    title: 'The Implicit Bias of Gradient Descent on Separable Data (weights grow without bound)',
    venue: 'Journal of Machine Learning Research 19(70)',
    year: 2018,
    url: 'https://jmlr.org/papers/v19/18-188.html',
  },
  {
    authors: ['Trevor Hastie', 'Robert Tibshirani', 'Jerome Friedman'],
    title:
      'The Elements of Statistical Learning, 2nd edition (chapter 2.3 and 7: k-nearest neighbours, training and test error)',
    venue: 'Springer',
    year: 2009,
    doi: '10.1007/978-0-387-84858-7',
  },
  {
    authors: ['Shachar Kaufman', 'Saharon Rosset', 'Claudia Perlich', 'Ori Stitelman'],
    title: 'Leakage in Data Mining: Formulation, Detection, and Avoidance',
    venue: 'ACM Transactions on Knowledge Discovery from Data 6(4)',
    year: 2012,
    doi: '10.1145/2382577.2382579',
  },
  {
    authors: ['Benjamin Recht', 'Rebecca Roelofs', 'Ludwig Schmidt', 'Vaishaal Shankar'],
    title:
      'Do ImageNet Classifiers Generalize to ImageNet? (a fresh test set costs 11-14 points of accuracy)',
    venue: 'International Conference on Machine Learning (ICML)',
    year: 2019,
    url: 'https://arxiv.org/abs/1902.10811',
  },
];
