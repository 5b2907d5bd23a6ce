/**
 * Content of the pose section's closing parts: the self-check questions,
 * the "what to report" list and the references.
 */
import { letteredQuestion, type SelfCheckQuestion } from '../../widgets/selfCheck';
import type { Reference } from '../../widgets/references';

/** The self-check. */
export const QUESTIONS: SelfCheckQuestion[] = [
  letteredQuestion({
    id: 'five-pixels',
    prompt:
      'Every keypoint of two people is predicted exactly 5 px from its ground truth. One person covers 30,000 px², the other 300 px². What does OKS say?',
    choices: [
      'Both get the same OKS, because the error is 5 px for both',
      'The large person scores close to 1, the small one far lower: OKS divides each distance by the object’s scale s',
      'The small person scores higher, because its keypoints are closer together',
      'OKS cannot be computed for a person smaller than 32² px',
    ],
    answer: 1,
    explanation:
      'Each term is exp(−d² / (2 s² kᵢ²)) with s² the object area. With 100 times less area, the same d² counts 100 times more in the exponent.',
  }),
  letteredQuestion({
    id: 'hips-eyes',
    prompt: 'Why does COCO give hips a constant σ of 0.107 and eyes only 0.025?',
    choices: [
      'Hips matter more for applications, so they get more weight in the average',
      'Human annotators disagree far more about where a hip is than about where an eye is; σ measures that spread',
      'Hips are further from the camera',
      'The numbers are arbitrary and were chosen to make AP higher',
    ],
    answer: 1,
    explanation:
      'The constants come from the spread of repeated annotations of the same images: a hip hides under clothes, an eye is a sharp dot. A larger σ means a wider tolerance ring, not a larger weight: every joint counts once in the mean.',
  }),
  letteredQuestion({
    id: 'pck-binary',
    prompt:
      'A model moves its predicted wrist from 2 px to 14 px away from the truth; the PCK threshold is 15 px. What changes?',
    choices: [
      'PCK drops a little, OKS stays the same',
      'Nothing changes in either metric',
      'PCK stays the same (the wrist is still inside the threshold), while OKS drops',
      'Both drop by the same amount',
    ],
    answer: 2,
    explanation:
      'PCK gives each joint a yes-or-no verdict: 2 px and 14 px are both “correct”. OKS is graded, so every pixel of extra error lowers it.',
  }),
  letteredQuestion({
    id: 'unlabelled',
    prompt:
      'A joint is not labelled in the ground truth (v = 0), but the model predicts it far from where it really is. How does COCO’s OKS treat it?',
    choices: [
      'As a miss with similarity 0',
      'It is left out: OKS averages only over labelled joints, so the prediction neither helps nor hurts',
      'It counts half',
      'The whole person is ignored',
    ],
    answer: 1,
    explanation:
      'The indicator [vᵢ > 0] removes the term from the sum and the joint from the count. The whole person is only ignored when it has no labelled joint at all.',
  }),
];

/** What to report instead of one bare number. */
export const WHAT_TO_REPORT: string[] = [
  'COCO keypoint AP (OKS 0.50:0.95) together with AP50 and AP75: the loose threshold says whether people are found, the strict one whether their joints are placed precisely.',
  'AP and AR for medium and large people separately: the same pixel error costs small people far more, and a benchmark full of large people hides a weak model on small ones.',
  'The exact protocol: the per-joint constants (COCO’s sigmas or your own), how the object area s² is defined (segment area, box area or a scaled box), how unlabelled joints are handled, and the evaluation code used.',
  'When you report PCK or PCKh, the reference length (torso, head segment or box), α, and how the head size was obtained if the skeleton has no head top. PCK numbers with different references cannot be compared.',
  'Per-joint results (error or OKS term per joint), so a reader can see whether a model fails on wrists and ankles or everywhere.',
  'How many errors are left/right inversions (Ronchi and Perona’s analysis counts them): OKS scores a mirrored skeleton like a badly placed one.',
];

/** COCO (Lin et al.) with its keypoint evaluation, Ronchi & Perona on OKS, MPII (PCKh) and LSP (PCK). */
export const REFERENCES: Reference[] = [
  {
    authors: [
      'Tsung-Yi Lin',
      'Michael Maire',
      'Serge Belongie',
      'James Hays',
      'Pietro Perona',
      'Deva Ramanan',
      'Piotr Dollár',
      'C. Lawrence Zitnick',
    ],
    title: 'Microsoft COCO: Common Objects in Context',
    venue: 'European Conference on Computer Vision (ECCV)',
    year: 2014,
    url: 'https://arxiv.org/abs/1405.0312',
  },
  {
    authors: 'COCO Consortium',
    title:
      'Keypoint Evaluation (object keypoint similarity, per-keypoint constants and the keypoint AP/AR metrics)',
    venue: 'cocodataset.org',
    year: 2016,
    url: 'https://cocodataset.org/#keypoints-eval',
  },
  {
    authors: ['Matteo Ruggero Ronchi', 'Pietro Perona'],
    title: 'Benchmarking and Error Diagnosis in Multi-Instance Pose Estimation',
    venue: 'IEEE International Conference on Computer Vision (ICCV)',
    year: 2017,
    url: 'https://arxiv.org/abs/1707.05388',
  },
  {
    authors: ['Mykhaylo Andriluka', 'Leonid Pishchulin', 'Peter Gehler', 'Bernt Schiele'],
    title: '2D Human Pose Estimation: New Benchmark and State of the Art Analysis (MPII Human Pose, PCKh)',
    venue: 'IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
    year: 2014,
    doi: '10.1109/CVPR.2014.471',
  },
  {
    authors: ['Sam Johnson', 'Mark Everingham'],
    title:
      'Clustered Pose and Nonlinear Appearance Models for Human Pose Estimation (Leeds Sports Pose, PCK)',
    venue: 'British Machine Vision Conference (BMVC)',
    year: 2010,
    doi: '10.5244/C.24.12',
  },
];
