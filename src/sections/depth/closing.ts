/**
 * Content of the depth section's closing parts: the self-check questions,
 * the "what to report" list and the references.
 */

import { letteredQuestion, type SelfCheckQuestion } from '../../widgets/selfCheck';
import type { Reference } from '../../widgets/references';

/** The self-check questions (3-4). */
export const QUESTIONS: SelfCheckQuestion[] = [
  letteredQuestion({
    id: 'ten-cm',
    prompt:
      'A wall 10 m away is predicted at 9.9 m and a book 1 m away at 0.9 m. What do RMSE and AbsRel say about the two pixels?',
    choices: [
      'Both metrics call the two errors equal',
      'RMSE calls them equal; AbsRel gives the book an error 10 times larger (0.1 against 0.01)',
      'RMSE punishes the book more because it is closer',
      'AbsRel calls them equal; RMSE punishes the wall more',
    ],
    answer: 1,
    explanation:
      'Both misses are 0.1 m, and RMSE only sees metres. AbsRel divides each miss by the true depth: 0.1 / 10 = 0.01 for the wall and 0.1 / 1 = 0.1 for the book.',
  }),
  letteredQuestion({
    id: 'far-noise',
    prompt:
      'A scene has four times as many pixels under 3 m as over 20 m. Each pixel gets noise of 10 % of its true depth, in one band at a time. Which statement is right?',
    choices: [
      'Noise on the far pixels raises RMSE more; noise on the near pixels raises AbsRel more',
      'Noise on the near pixels raises both metrics more, because there are more of them',
      'Both metrics rise by the same amount, because the noise is 10 % in both cases',
      'Noise on the far pixels raises AbsRel more',
    ],
    answer: 0,
    explanation:
      '10 % of 30 m is 3 m, 10 % of 2 m is 0.2 m: squared, a far pixel counts more than 200 times as much in RMSE. AbsRel sees 10 % everywhere, so the band with more pixels adds more.',
  }),
  letteredQuestion({
    id: 'median',
    prompt:
      'A monocular model predicts every depth exactly twice too far. What happens to δ < 1.25 with and without median scaling?',
    choices: [
      '0.5 without, 1 with',
      '0 without, 0 with',
      '0 without (every ratio is 2), 1 with (the scale error is divided out)',
      '1 without, 0 with',
    ],
    answer: 2,
    explanation:
      'Every pixel has max(d/d*, d*/d) = 2, which fails the 1.25 threshold. Median scaling multiplies the prediction by median(d*) / median(d) = 0.5 and removes the error entirely. Such numbers say nothing about whether the model knows the real scale.',
  }),
  letteredQuestion({
    id: 'sky',
    prompt:
      'An evaluation script forgets the validity mask and scores the sky pixels with a ground truth of 0 m. What goes wrong?',
    choices: [
      'Nothing: the sky is far away, so it hardly changes the metrics',
      'RMSE gets the full predicted sky depth as error and δ < 1.25 can never pass there; AbsRel would divide by zero',
      'Only AbsRel changes',
      'The metrics become scale-invariant',
    ],
    answer: 1,
    explanation:
      'A pixel without ground truth has no right answer. Filled with 0 m, every sky pixel adds its whole predicted depth to RMSE and fails δ; AbsRel divides by 0. Benchmarks skip such pixels (sky, missing LiDAR returns).',
  }),
];

/** What to report instead of one bare error number. */
export const WHAT_TO_REPORT: string[] = [
  'AbsRel and RMSE together (with RMSE(log) or SILog), plus δ < 1.25, 1.25² and 1.25³: relative and absolute errors disagree about near and far pixels.',
  'The evaluation protocol: the dataset and split, the depth range (for example 1 mm to 80 m on KITTI, up to 10 m on NYU Depth v2), any crop, and how pixels without ground truth are handled (skipped).',
  'Whether predictions were median-scaled, per image or once for the whole set. A monocular model scored with median scaling cannot be compared with one scored without it.',
  'When near and far objects matter differently for your use, the errors per distance band, not only the average over all pixels.',
  'Per-frame or pooled means, and a bootstrap interval beside each headline number.',
  'Only numbers computed with the same protocol side by side, ideally with the same evaluation code.',
];

/** Ladický et al. 2014, Eigen et al. 2014, Garg et al. 2016, KITTI, NYU Depth v2, monodepth2, BTS (whose log10 / SILog code the metrics follow), Efron & Tibshirani 1993 and Reinke et al. 2024. */
export const REFERENCES: Reference[] = [
  {
    authors: ['Ľubor Ladický', 'Jianbo Shi', 'Marc Pollefeys'],
    title: 'Pulling Things out of Perspective (an early use of the δ < 1.25 threshold accuracy)',
    venue: 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
    year: 2014,
    url: 'https://openaccess.thecvf.com/content_cvpr_2014/html/Ladicky_Pulling_Things_out_2014_CVPR_paper.html',
  },
  {
    authors: ['David Eigen', 'Christian Puhrsch', 'Rob Fergus'],
    title: 'Depth Map Prediction from a Single Image using a Multi-Scale Deep Network',
    venue: 'Advances in Neural Information Processing Systems (NIPS)',
    year: 2014,
    url: 'https://arxiv.org/abs/1406.2283',
  },
  {
    authors: ['Ravi Garg', 'Vijay Kumar B G', 'Gustavo Carneiro', 'Ian Reid'],
    title: 'Unsupervised CNN for Single View Depth Estimation: Geometry to the Rescue (the 50 m cap)',
    venue: 'European Conference on Computer Vision (ECCV)',
    year: 2016,
    url: 'https://arxiv.org/abs/1603.04992',
  },
  {
    authors: ['Andreas Geiger', 'Philip Lenz', 'Raquel Urtasun'],
    title: 'Are we ready for Autonomous Driving? The KITTI Vision Benchmark Suite',
    venue: 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
    year: 2012,
    doi: '10.1109/CVPR.2012.6248074',
  },
  {
    authors: ['Nathan Silberman', 'Derek Hoiem', 'Pushmeet Kohli', 'Rob Fergus'],
    title: 'Indoor Segmentation and Support Inference from RGBD Images (NYU Depth v2)',
    venue: 'European Conference on Computer Vision (ECCV)',
    year: 2012,
    doi: '10.1007/978-3-642-33715-4_54',
  },
  {
    authors: ['Clément Godard', 'Oisin Mac Aodha', 'Michael Firman', 'Gabriel Brostow'],
    title:
      'Digging Into Self-Supervised Monocular Depth Estimation (monodepth2; evaluation code: github.com/nianticlabs/monodepth2, evaluate_depth.py)',
    venue: 'IEEE/CVF International Conference on Computer Vision (ICCV)',
    year: 2019,
    url: 'https://arxiv.org/abs/1806.01260',
  },
  {
    authors: ['Jin Han Lee', 'Myung-Kyu Han', 'Dong Wook Ko', 'Il Hong Suh'],
    title:
      'From Big to Small: Multi-Scale Local Planar Guidance for Monocular Depth Estimation (source of the log10 and SILog code used here)',
    venue: 'arXiv preprint',
    year: 2019,
    url: 'https://arxiv.org/abs/1907.10326',
  },
  {
    authors: ['Bradley Efron', 'Robert J. Tibshirani'],
    title: 'An Introduction to the Bootstrap (percentile intervals, chapter 13)',
    venue: 'Chapman & Hall/CRC',
    year: 1993,
    doi: '10.1201/9780429246593',
  },
  {
    authors: ['Annika Reinke', 'Minu D. Tizabi', 'Michael Baumgartner', 'et al.'],
    title: 'Understanding metric-related pitfalls in image analysis validation (aggregation and uncertainty)',
    venue: 'Nature Methods 21, 182–194',
    year: 2024,
    doi: '10.1038/s41592-023-02150-0',
  },
];
