/**
 * Content of the benchmarks section's closing parts: the self-check
 * questions, the "what to report" list and the references.
 */

import { letteredQuestion, type SelfCheckQuestion } from '../../widgets/selfCheck';
import type { Reference } from '../../widgets/references';

/** The self-check questions (3-4). */
export const QUESTIONS: SelfCheckQuestion[] = [
  letteredQuestion({
    id: 'top5',
    prompt:
      'A model’s top-1 accuracy is 0.50 and its top-5 accuracy 0.92 on ten classes. What can you conclude?',
    choices: [
      'The model is right on 92 % of the images',
      'On 42 % of the images the true class is among guesses 2 to 5; whether those misses are fair (similar classes) or real errors, top-5 does not say',
      'Top-5 accuracy is wrong: it cannot exceed top-1 by that much',
      'The model has 8 % label noise',
    ],
    answer: 1,
    explanation:
      'Top-5 counts an image as right when the true class is among the first five guesses. With ten classes that is half of them, so even an unrelated mistake can be forgiven. Report top-1 beside it.',
  }),
  letteredQuestion({
    id: 'lead',
    prompt:
      'Model A beats model B by 0.01 mIoU on a test set of 50 images; the paired bootstrap 95 % interval of the lead is −0.012 to 0.032. What do you report?',
    choices: [
      'A is better, by 0.01',
      'B is better, since the interval reaches below zero',
      'The two models are not distinguishable on this test set; more test images are needed',
      'The bootstrap is invalid for 50 images',
    ],
    answer: 2,
    explanation:
      'The interval contains zero: resampling the same 50 images puts B first often enough that the order could be luck. On 5,000 images the same true gap gives an interval well away from zero.',
  }),
  letteredQuestion({
    id: 'saturation',
    prompt:
      'The best ImageNet top-5 errors went from 3.57 % (2015) to 2.25 % (2017), against 5.1 % for one human annotator. Why did the challenge stop being informative?',
    choices: [
      'The models had memorised the test set',
      'The remaining errors are few, and many are on images whose label is doubtful, so small differences reflect label noise more than model quality',
      'Top-5 error cannot go below 2 %',
      'The test set was changed every year',
    ],
    answer: 1,
    explanation:
      'Below human agreement the last gains sit on ambiguous images. A different test set or annotator could reorder the top entries; the field needed harder benchmarks.',
  }),
  letteredQuestion({
    id: 'split',
    prompt: 'Which practice keeps a benchmark’s test score honest?',
    choices: [
      'Tuning hyperparameters on the test set, then reporting the best test score',
      'Adding the test images to training once the model is final',
      'Choosing every setting on the validation set and scoring the test set once',
      'Reporting the training accuracy instead',
    ],
    answer: 2,
    explanation:
      'Every decision made by looking at the test score fits the model to that sample of images. The validation split is for choosing; the test split is for one final measurement.',
  }),
];

/** What to report instead of one bare leaderboard number. */
export const WHAT_TO_REPORT: string[] = [
  'The benchmark, its version and split (for example ILSVRC 2012 validation set), and the exact protocol and evaluation code.',
  'Top-1 beside top-5 accuracy, never top-5 alone.',
  'The number of test images and a bootstrap 95 % interval of each score, and of the difference when you compare two models (paired resampling).',
  'Whether hyperparameters were chosen on a validation split, and that the test set was used once.',
  'On a saturated benchmark, results on a harder or relabelled test set too, and the human or inter-annotator agreement for scale.',
];

/** Dataset papers (MNIST, VOC, ImageNet, ILSVRC, COCO), the networks of the timeline, Beyer 2020, Efron & Tibshirani 1993, Bouthillier 2021, GLUE/SuperGLUE. */
export const REFERENCES: Reference[] = [
  {
    authors: ['Yann LeCun', 'Léon Bottou', 'Yoshua Bengio', 'Patrick Haffner'],
    title: 'Gradient-Based Learning Applied to Document Recognition (MNIST)',
    venue: 'Proceedings of the IEEE 86(11), 2278–2324',
    year: 1998,
    doi: '10.1109/5.726791',
  },
  {
    authors: [
      'Mark Everingham',
      'Luc Van Gool',
      'Christopher K. I. Williams',
      'John Winn',
      'Andrew Zisserman',
    ],
    title: 'The PASCAL Visual Object Classes (VOC) Challenge',
    venue: 'International Journal of Computer Vision 88, 303–338',
    year: 2010,
    doi: '10.1007/s11263-009-0275-4',
  },
  {
    authors: ['Jia Deng', 'Wei Dong', 'Richard Socher', 'Li-Jia Li', 'Kai Li', 'Li Fei-Fei'],
    title: 'ImageNet: A Large-Scale Hierarchical Image Database',
    venue: 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
    year: 2009,
    doi: '10.1109/CVPR.2009.5206848',
  },
  {
    authors: ['Olga Russakovsky', 'Jia Deng', 'Hao Su', 'et al.'],
    title:
      'ImageNet Large Scale Visual Recognition Challenge (winning errors by year; the 5.1 % human annotator)',
    venue: 'International Journal of Computer Vision 115, 211–252',
    year: 2015,
    doi: '10.1007/s11263-015-0816-y',
  },
  {
    authors: ['Tsung-Yi Lin', 'Michael Maire', 'Serge Belongie', 'et al.'],
    title: 'Microsoft COCO: Common Objects in Context',
    venue: 'European Conference on Computer Vision (ECCV)',
    year: 2014,
    url: 'https://arxiv.org/abs/1405.0312',
  },
  {
    authors: ['Alex Krizhevsky', 'Ilya Sutskever', 'Geoffrey E. Hinton'],
    title: 'ImageNet Classification with Deep Convolutional Neural Networks (AlexNet)',
    venue: 'Advances in Neural Information Processing Systems (NIPS)',
    year: 2012,
    url: 'https://papers.nips.cc/paper/4824-imagenet-classification-with-deep-convolutional-neural-networks',
  },
  {
    authors: ['Christian Szegedy', 'Wei Liu', 'Yangqing Jia', 'et al.'],
    title: 'Going Deeper with Convolutions (GoogLeNet)',
    venue: 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
    year: 2015,
    url: 'https://arxiv.org/abs/1409.4842',
  },
  {
    authors: ['Karen Simonyan', 'Andrew Zisserman'],
    title: 'Very Deep Convolutional Networks for Large-Scale Image Recognition (VGG)',
    venue: 'International Conference on Learning Representations (ICLR)',
    year: 2015,
    url: 'https://arxiv.org/abs/1409.1556',
  },
  {
    authors: ['Kaiming He', 'Xiangyu Zhang', 'Shaoqing Ren', 'Jian Sun'],
    title: 'Deep Residual Learning for Image Recognition (ResNet)',
    venue: 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
    year: 2016,
    url: 'https://arxiv.org/abs/1512.03385',
  },
  {
    authors: ['Jie Hu', 'Li Shen', 'Gang Sun'],
    title: 'Squeeze-and-Excitation Networks (SENet)',
    venue: 'IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)',
    year: 2018,
    url: 'https://arxiv.org/abs/1709.01507',
  },
  {
    authors: [
      'Lucas Beyer',
      'Olivier J. Hénaff',
      'Alexander Kolesnikov',
      'Xiaohua Zhai',
      'Aäron van den Oord',
    ],
    title: 'Are we done with ImageNet?',
    venue: 'arXiv preprint',
    year: 2020,
    url: 'https://arxiv.org/abs/2006.07159',
  },
  {
    authors: ['Bradley Efron', 'Robert J. Tibshirani'],
    title: 'An Introduction to the Bootstrap (percentile intervals, chapter 13)',
    venue: 'Chapman & Hall/CRC',
    year: 1993,
    doi: '10.1201/9780429246593',
  },
  {
    authors: ['Xavier Bouthillier', 'Pierre Delaunay', 'Mirko Bronzi', 'et al.'],
    title: 'Accounting for Variance in Machine Learning Benchmarks',
    venue: 'Proceedings of Machine Learning and Systems (MLSys)',
    year: 2021,
    url: 'https://arxiv.org/abs/2103.03098',
  },
  {
    authors: ['Alex Wang', 'Yada Pruksachatkun', 'Nikita Nangia', 'et al.'],
    title:
      'SuperGLUE: A Stickier Benchmark for General-Purpose Language Understanding Systems (after GLUE, 2018)',
    venue: 'Advances in Neural Information Processing Systems (NeurIPS)',
    year: 2019,
    url: 'https://arxiv.org/abs/1905.00537',
  },
];
