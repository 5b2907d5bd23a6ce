/**
 * Content of the segmentation section's closing parts: the self-check
 * questions, the "what to report instead" list and the references.
 */

import type { SelfCheckQuestion } from '../../widgets/selfCheck';
import type { Reference } from '../../widgets/references';

export const QUESTIONS = [
  {
    id: 'production',
    prompt:
      'A model reaches 98 % pixel accuracy but only 12 % recall on the object class. Is it fit for production?',
    choices: [
      'Yes: 98 % of the pixels are right',
      'No: the background carries the accuracy, and 88 % of the object pixels are missed',
      'Yes, if its precision on the object class is high',
      'It cannot be judged from pixel numbers at all',
    ],
    answer: 1,
    explanation:
      'When the object covers only a few per cent of the image, predicting background almost everywhere already gives a very high pixel accuracy. Recall 0.12 means that 88 of every 100 object pixels are missed; a high precision only says that the few pixels it did mark are right.',
  },
  {
    id: 'dice-from-iou',
    prompt: 'The person class has IoU 0.5. What is its Dice?',
    choices: ['0.5', 'About 0.67', '0.75', '0.25'],
    answer: 1,
    explanation:
      'Dice = 2 IoU / (1 + IoU) = 1 / 1.5 ≈ 0.67. Both measure the same overlap; Dice is never below IoU, so a paper quoting Dice looks better than one quoting IoU for the same masks.',
  },
  {
    id: 'small-structure',
    prompt:
      'A model misses a one-pixel ring around the boundary of a 3-pixel-radius lesion and of a 40-pixel-radius organ. Which Dice suffers more?',
    choices: [
      'The lesion’s',
      'The organ’s',
      'Both lose the same',
      'Neither: one pixel is within annotation noise',
    ],
    answer: 0,
    explanation:
      'The ring is a large share of a small structure and a thin sliver of a large one. Set the lesion radius to 3 in the figure above: the lesion’s Dice falls far below the organ’s, which barely moves. Report small structures separately, or with a boundary-aware metric.',
  },
  {
    id: 'empty-reference',
    prompt:
      'An image contains no person, and the model predicts no person. What is the person IoU on this image?',
    choices: ['0', '1', 'Undefined (0/0); say how you count it', '0.5'],
    answer: 2,
    explanation:
      'TP, FP and FN are all 0, so IoU = 0/0 has no value. Libraries replace it with 1, with 0, or leave the class out of the mean, and each choice moves the mean IoU. Whatever you choose, write it down.',
  },
] satisfies SelfCheckQuestion[];

/** What to report instead of pixel accuracy alone. */
export const WHAT_TO_REPORT: string[] = [
  'Per-class IoU or Dice (for one class one follows from the other, but their means can rank models differently, so say which one) next to the share of pixels each class covers, so a reader sees which classes are rare.',
  'Per-class precision and recall at the threshold you use, and why that operating point: for people in front of a car, recall first.',
  'The mean over classes (mIoU), and how it treats classes that are absent from both ground truth and prediction: left out, counted as 1 or counted as 0.',
  'Whether the counts were pooled over the whole test set or the scores averaged per image (the two can rank models in opposite orders), and an interval over the test images (a bootstrap) beside each headline number.',
  'For small or thin structures, a boundary metric (normalised surface distance, Hausdorff distance at the 95th percentile, or Boundary IoU) and scores per object size.',
  'The confusion matrix, so readers see which classes are mistaken for which.',
];

export const REFERENCES = [
  {
    authors: 'A. Reinke, M. D. Tizabi, M. Baumgartner, et al.',
    title: 'Understanding metric-related pitfalls in image analysis validation',
    venue: 'Nature Methods 21, 182–194',
    year: 2024,
    doi: '10.1038/s41592-023-02150-0',
  },
  {
    authors: 'L. Maier-Hein, A. Reinke, P. Godau, et al.',
    title: 'Metrics reloaded: recommendations for image analysis validation',
    venue: 'Nature Methods 21, 195–212',
    year: 2024,
    doi: '10.1038/s41592-023-02151-z',
  },
  {
    authors: 'B. Efron, R. J. Tibshirani',
    title: 'An Introduction to the Bootstrap',
    venue: 'Chapman & Hall/CRC',
    year: 1993,
    doi: '10.1201/9780429246593',
  },
  {
    authors: 'J. Long, E. Shelhamer, T. Darrell',
    title: 'Fully convolutional networks for semantic segmentation',
    venue: 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
    year: 2015,
    doi: '10.1109/CVPR.2015.7298965',
  },
  {
    authors: 'M. Everingham, L. Van Gool, C. K. I. Williams, J. Winn, A. Zisserman',
    title: 'The PASCAL Visual Object Classes (VOC) challenge',
    venue: 'International Journal of Computer Vision 88, 303–338',
    year: 2010,
    doi: '10.1007/s11263-009-0275-4',
  },
  {
    authors: 'M. Cordts, M. Omran, S. Ramos, et al.',
    title: 'The Cityscapes dataset for semantic urban scene understanding',
    venue: 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
    year: 2016,
    doi: '10.1109/CVPR.2016.350',
  },
  {
    authors: 'L. R. Dice',
    title: 'Measures of the amount of ecologic association between species',
    venue: 'Ecology 26(3), 297–302',
    year: 1945,
    doi: '10.2307/1932409',
  },
  {
    authors: 'P. Jaccard',
    title: 'The distribution of the flora in the alpine zone',
    venue: 'New Phytologist 11(2), 37–50',
    year: 1912,
    doi: '10.1111/j.1469-8137.1912.tb05611.x',
  },
  {
    authors: 'B. Cheng, R. Girshick, P. Dollár, A. C. Berg, A. Kirillov',
    title: 'Boundary IoU: improving object-centric image segmentation evaluation',
    venue: 'IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)',
    year: 2021,
    url: 'https://arxiv.org/abs/2103.16562',
  },
  {
    authors: 'S. Nikolov, S. Blackwell, A. Zverovitch, et al.',
    title:
      'Clinically applicable segmentation of head and neck anatomy for radiotherapy: deep learning algorithm development and validation study (the surface Dice / normalised surface distance)',
    venue: 'Journal of Medical Internet Research 23(7), e26151',
    year: 2021,
    doi: '10.2196/26151',
  },
  {
    authors: 'D. P. Huttenlocher, G. A. Klanderman, W. J. Rucklidge',
    title: 'Comparing images using the Hausdorff distance',
    venue: 'IEEE Transactions on Pattern Analysis and Machine Intelligence 15(9), 850–863',
    year: 1993,
    doi: '10.1109/34.232073',
  },
  {
    authors: 'MMSegmentation contributors',
    title: 'MMSegmentation: OpenMMLab semantic segmentation toolbox and benchmark',
    venue: 'Software',
    year: 2020,
    url: 'https://github.com/open-mmlab/mmsegmentation',
  },
] satisfies Reference[];
