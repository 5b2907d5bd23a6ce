/**
 * Content of the Lab's closing parts: the self-check questions (about the
 * conventions a reader must state when reporting numbers computed here), the
 * "what to report" list and the references of the tools it reproduces.
 */

import { letteredQuestion, type SelfCheckQuestion } from '../../widgets/selfCheck';
import type { Reference } from '../../widgets/references';

/** The self-check questions (3-4). */
export const QUESTIONS: SelfCheckQuestion[] = [
  letteredQuestion({
    id: 'max-dets',
    prompt:
      'Your detector keeps 300 boxes per image and the COCO evaluation reports AP with maxDets = 100. What happens to boxes 101 to 300 of an image?',
    choices: [
      'They count as false positives',
      'They are ignored: only the 100 highest-scoring detections of each image are evaluated',
      'They are matched to crowd regions',
      'The evaluation refuses the file',
    ],
    answer: 1,
    explanation:
      'pycocotools sorts each image’s detections by score and keeps the first maxDets (100 for AP). Extra boxes neither help nor hurt, so a report should say how many detections per image the model outputs.',
  }),
  letteredQuestion({
    id: 'ignore-index',
    prompt:
      'Two teams evaluate the same segmentation masks. One counts the pixels labelled 255 (“void”) as background, the other ignores them. Which statement is right?',
    choices: [
      'Their mIoU must be equal: the predictions are the same',
      'Only pixel accuracy can differ',
      'Their numbers can differ, so each must state its ignore index',
      'Ignoring pixels is never allowed',
    ],
    answer: 2,
    explanation:
      'Void pixels usually lie on object borders, where predictions are least certain. Counting them changes the confusion matrix and so every metric computed from it; the ignore index is part of the metric’s definition.',
  }),
  letteredQuestion({
    id: 'median-scaling',
    prompt:
      'A self-supervised depth model is evaluated with median scaling. What does that make the reported AbsRel insensitive to?',
    choices: [
      'The overall scale of the predicted depth, which the model cannot know from one camera',
      'Pixels without ground truth',
      'Depths beyond the cap',
      'Nothing: median scaling only speeds up the evaluation',
    ],
    answer: 0,
    explanation:
      'Each prediction is multiplied by median(ground truth) / median(prediction) before the errors are computed, so a model that is right up to a scale factor scores as if it knew the scale. Say so when reporting, with the cap and the validity mask.',
  }),
];

/** What to report with numbers computed on one's own files. */
export const WHAT_TO_REPORT: string[] = [
  'The tool and its version that computed each number (here: the same conventions as pycocotools, scikit-image, mmsegmentation and monodepth2), and the settings shown next to each result.',
  'For COCO: the IoU type (boxes or keypoints), maxDets, the area ranges, and how many images, annotations and detections were evaluated.',
  'For segmentation: the ignore index, the classes absent from the reference and how 0/0 was counted, and whether results are pooled over images or averaged per image.',
  'For image pairs: the data range, the window (Gaussian or uniform, its size) and K1, K2, and what was done with images of different sizes.',
  'For depth: the depth cap, the validity mask, whether median scaling was used, and the scale factor of 16-bit files.',
  'Per-class or per-category results next to the mean, and the test set’s size with an interval.',
];

/** COCO (Lin et al. 2014), SSIM (Wang et al. 2004), scikit-image, MMSegmentation, Eigen et al. 2014, monodepth2. */
export const REFERENCES: Reference[] = [
  {
    authors: 'T.-Y. Lin, M. Maire, S. Belongie, J. Hays, P. Perona, D. Ramanan, P. Dollár, C. L. Zitnick',
    title:
      'Microsoft COCO: Common Objects in Context (evaluation code: github.com/cocodataset/cocoapi, pycocotools)',
    venue: 'European Conference on Computer Vision (ECCV)',
    year: 2014,
    doi: '10.1007/978-3-319-10602-1_48',
  },
  {
    authors: ['Zhou Wang', 'Alan C. Bovik', 'Hamid R. Sheikh', 'Eero P. Simoncelli'],
    title: 'Image quality assessment: from error visibility to structural similarity',
    venue: 'IEEE Transactions on Image Processing 13(4), 600–612',
    year: 2004,
    doi: '10.1109/TIP.2003.819861',
  },
  {
    authors:
      'S. van der Walt, J. L. Schönberger, J. Nunez-Iglesias, F. Boulogne, J. D. Warner, N. Yager, E. Gouillart, T. Yu',
    title: 'scikit-image: image processing in Python (skimage.metrics: PSNR and SSIM)',
    venue: 'PeerJ 2:e453',
    year: 2014,
    doi: '10.7717/peerj.453',
  },
  {
    authors: 'MMSegmentation contributors',
    title: 'MMSegmentation: OpenMMLab semantic segmentation toolbox and benchmark',
    venue: 'Software',
    year: 2020,
    url: 'https://github.com/open-mmlab/mmsegmentation',
  },
  {
    authors: ['David Eigen', 'Christian Puhrsch', 'Rob Fergus'],
    title: 'Depth Map Prediction from a Single Image using a Multi-Scale Deep Network',
    venue: 'Advances in Neural Information Processing Systems (NIPS)',
    year: 2014,
    url: 'https://arxiv.org/abs/1406.2283',
  },
  {
    authors: ['Clément Godard', 'Oisin Mac Aodha', 'Michael Firman', 'Gabriel Brostow'],
    title:
      'Digging Into Self-Supervised Monocular Depth Estimation (monodepth2; evaluation code: github.com/nianticlabs/monodepth2, evaluate_depth.py)',
    venue: 'IEEE/CVF International Conference on Computer Vision (ICCV)',
    year: 2019,
    url: 'https://arxiv.org/abs/1806.01260',
  },
];
