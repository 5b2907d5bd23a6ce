/**
 * Content of the generative section's closing parts: the self-check
 * questions, the "what to report" list and the references.
 */

import { letteredQuestion, type SelfCheckQuestion } from '../../widgets/selfCheck';
import type { Reference } from '../../widgets/references';

/** The self-check questions (3-4). */
export const QUESTIONS: SelfCheckQuestion[] = [
  letteredQuestion({
    id: 'collapse',
    prompt:
      'A generator draws only cats, and every cat looks real. Which number is most likely to reveal the missing classes?',
    choices: [
      'Inception Score alone, because it checks that samples are confident',
      'FID against a real set with many classes: the mean and covariance of the samples no longer match',
      'The realism of each sample, judged one by one',
      'None: a generator whose samples all look real is a good generator',
    ],
    answer: 1,
    explanation:
      'Each sample looks real, so per-sample checks pass. FID compares the whole set with real data: missing classes move the mean and shrink the covariance, so both terms grow. IS would fall too, but it never compares with real data.',
  }),
  letteredQuestion({
    id: 'points',
    prompt:
      'Every mode is kept, but each generated mode shrinks to a single point (a generator that outputs 8 fixed images). What happens to Inception Score?',
    choices: [
      'It falls to 1',
      'It falls by half',
      'It stays as high or rises: each sample is classified with more confidence, and all classes still appear',
      'It becomes undefined',
    ],
    answer: 2,
    explanation:
      'IS rewards confident p(y|x) and a spread-out p(y). Both get better when every sample sits on a class centre. IS cannot see the lost variety inside a class.',
  }),
  letteredQuestion({
    id: 'small-n',
    prompt:
      'Paper A reports FID 12.1 computed on 5,000 samples; paper B reports FID 11.4 on 50,000 samples. What can you conclude?',
    choices: [
      'Nothing yet: FID is biased upwards at small N, so the two numbers are not comparable',
      'B is better, by 0.7',
      'A is better, because fewer samples give a cleaner estimate',
      'Both are equally good, because the difference is below 1',
    ],
    answer: 0,
    explanation:
      'With fewer samples FID is larger even for an identical model, and the resizing code and network weights must match too. Compare FIDs only with the same N, the same code and the same weights.',
  }),
  letteredQuestion({
    id: 'shift',
    prompt:
      'All generated samples are shifted by the same vector, keeping their spread. Which FID term grows?',
    choices: [
      'The trace term only',
      'Neither: FID ignores shifts',
      'Both terms equally',
      'The mean term only: the covariance does not change under a shift',
    ],
    answer: 3,
    explanation:
      'A shift moves the mean by the shift vector and leaves the covariance unchanged, so the mean term grows by the squared length of the shift and the trace term stays put.',
  }),
];

/** What to report with a generative model. */
export const WHAT_TO_REPORT: string[] = [
  'FID with the number of generated and real samples (N), the reference set (training or test split) and its resolution.',
  'The FID implementation and weights (for example pytorch-fid, clean-fid, or the original TensorFlow code) and the resizing it uses.',
  'Several seeds, or a confidence interval, rather than one number; compare only FIDs computed the same way.',
  'Precision and recall (or density and coverage) besides FID, so quality and diversity can be told apart.',
  'Inception Score only with its classifier, its splits, and for data close to ImageNet classes; never as the only number.',
  'Samples picked at random, not the best ones, and a nearest-neighbour check against the training set for memorisation.',
];

/** Heusel et al. 2017, Salimans et al. 2016, Barratt & Sharma 2018, Parmar et al. 2022, Kynkäänniemi et al. 2019, Chong & Forsyth 2020. */
export const REFERENCES: Reference[] = [
  {
    authors: [
      'Martin Heusel',
      'Hubert Ramsauer',
      'Thomas Unterthiner',
      'Bernhard Nessler',
      'Sepp Hochreiter',
    ],
    title:
      'GANs Trained by a Two Time-Scale Update Rule Converge to a Local Nash Equilibrium (introduces FID)',
    venue: 'Advances in Neural Information Processing Systems (NeurIPS)',
    year: 2017,
    url: 'https://arxiv.org/abs/1706.08500',
  },
  {
    authors: [
      'Tim Salimans',
      'Ian Goodfellow',
      'Wojciech Zaremba',
      'Vicki Cheung',
      'Alec Radford',
      'Xi Chen',
    ],
    title: 'Improved Techniques for Training GANs (introduces the Inception Score)',
    venue: 'Advances in Neural Information Processing Systems (NeurIPS)',
    year: 2016,
    url: 'https://arxiv.org/abs/1606.03498',
  },
  {
    authors: ['Shane Barratt', 'Rishi Sharma'],
    title: 'A Note on the Inception Score',
    venue: 'ICML 2018 Workshop on Theoretical Foundations and Applications of Deep Generative Models',
    year: 2018,
    url: 'https://arxiv.org/abs/1801.01973',
  },
  {
    authors: ['Gaurav Parmar', 'Richard Zhang', 'Jun-Yan Zhu'],
    title: 'On Aliased Resizing and Surprising Subtleties in GAN Evaluation',
    venue: 'IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)',
    year: 2022,
    url: 'https://arxiv.org/abs/2104.11222',
  },
  {
    authors: ['Tuomas Kynkäänniemi', 'Tero Karras', 'Samuli Laine', 'Jaakko Lehtinen', 'Timo Aila'],
    title: 'Improved Precision and Recall Metric for Assessing Generative Models',
    venue: 'Advances in Neural Information Processing Systems (NeurIPS)',
    year: 2019,
    url: 'https://arxiv.org/abs/1904.06991',
  },
  {
    authors: ['Min Jin Chong', 'David Forsyth'],
    title: 'Effectively Unbiased FID and Inception Score and Where to Find Them',
    venue: 'IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)',
    year: 2020,
    url: 'https://arxiv.org/abs/1911.07023',
  },
];
