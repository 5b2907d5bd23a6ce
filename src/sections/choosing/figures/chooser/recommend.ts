/**
 * The metric chooser's logic, pure and React-free: from six answers about
 * the reader's problem (task, class imbalance, tiny structures, empty
 * images, localisation precision, probability or decision deployed) to the
 * metrics to report together, each with the trap it hides, the convention
 * to state, and the figure of this app that shows the trap
 * (`#/<slug>?w=<widget id>`). In the spirit of Metrics Reloaded
 * (Maier-Hein et al., Nature Methods 2024), much simplified.
 */

/** The tasks the chooser knows. */
export const TASKS = [
  'classification',
  'segmentation',
  'detection',
  'pose',
  'depth',
  'image-quality',
] as const;
/** A task. */
export type Task = (typeof TASKS)[number];
/** What is deployed: scores or probabilities, or a yes/no decision at a threshold. */
export const OUTPUTS = ['probability', 'decision'] as const;
/** An output kind. */
export type Output = (typeof OUTPUTS)[number];

/** The six answers. */
export interface ChooserAnswers {
  task: Task;
  imbalance: boolean;
  tiny: boolean;
  empty: boolean;
  localisation: boolean;
  output: Output;
}

/** A figure of this app that shows a trap. */
export interface FigureLink {
  /** Section slug, e.g. `segmentation`. */
  slug: string;
  /** Widget id, e.g. `segmentation.painter`. */
  widget: string;
}

/** One recommended metric. */
export interface Recommendation {
  /** Stable id (tests, React keys). */
  id: string;
  /** The metric or metrics, as people name them. */
  metric: string;
  /** The trap it hides when reported alone. */
  trap: string;
  /** The convention to state with it, if any. */
  convention?: string;
  /** The figure that shows the trap. */
  figure: FigureLink;
  /** True for a rule to state in words (a convention, the evaluation code), not a number. */
  rule?: true;
}

/** The link of a figure: `#/<slug>?w=<widget>`. */
export function figureHref(figure: FigureLink): string {
  return `#/${figure.slug}?w=${figure.widget}`;
}

const fig = (widget: string): FigureLink => ({ slug: widget.slice(0, widget.indexOf('.')), widget });

const UNCERTAINTY: Recommendation = {
  id: 'uncertainty',
  metric: 'Test-set size and bootstrap 95 % intervals (paired, for differences)',
  trap: 'A 0.01 lead on a small test set can reverse on another sample of images.',
  convention: 'Resamples, seed and confidence level.',
  figure: fig('benchmarks.lead'),
};

function classification(a: ChooserAnswers): Recommendation[] {
  const out: Recommendation[] = [
    {
      id: 'accuracy',
      metric: a.imbalance
        ? 'Per-class recall and precision (or balanced accuracy) with the confusion matrix, next to accuracy'
        : 'Accuracy (top-1) with the confusion matrix',
      trap: a.imbalance
        ? 'Accuracy is carried by the common classes: predicting the majority everywhere scores high.'
        : 'Accuracy says nothing about which classes are confused.',
      convention: 'How classes are averaged (macro or weighted) and how many test images each class has.',
      figure: fig('segmentation.painter'),
    },
    {
      id: 'topk',
      metric: 'Top-5 accuracy only beside top-1',
      trap: 'Top-5 forgives unrelated mistakes as long as the true class is among five guesses.',
      figure: fig('benchmarks.topk'),
    },
  ];
  out.push(
    a.output === 'probability'
      ? {
          id: 'log-loss',
          metric: 'Cross-entropy (log loss) of the predicted probabilities',
          trap: 'Accuracy only sees which side of the threshold a probability falls; an over-confident model can keep its accuracy while its loss grows.',
          convention: 'Natural or base-2 logarithm, and any clipping of probabilities.',
          figure: fig('loss.drag'),
        }
      : {
          id: 'threshold',
          metric: 'Precision and recall at the threshold you deploy',
          trap: 'A threshold-free summary says nothing about the threshold you ship.',
          convention: 'The threshold and how it was chosen (on validation data).',
          figure: fig('segmentation.threshold'),
        },
  );
  return out;
}

function segmentation(a: ChooserAnswers): Recommendation[] {
  const out: Recommendation[] = [
    {
      id: 'overlap',
      metric: 'IoU or Dice per class, and their mean (mIoU)',
      trap: 'The mean hides a failing class; per-image and pooled means can rank models differently.',
      convention: 'Per-image or pooled mean; which classes are averaged.',
      figure: fig('segmentation.aggregation'),
    },
    {
      id: 'pixel-accuracy',
      metric: 'Pixel accuracy only beside IoU or Dice',
      trap: a.imbalance
        ? 'Painting only background scores about 90 % pixel accuracy and 0 IoU on the objects.'
        : 'Pixel accuracy counts the background, which is easy.',
      figure: fig('segmentation.painter'),
    },
  ];
  if (a.tiny)
    out.push({
      id: 'small-structures',
      metric: 'Scores of small structures reported separately (per size or per object)',
      trap: 'The same one-pixel boundary error costs a small structure far more Dice than a large one, and the mean hides it.',
      figure: fig('segmentation.structures'),
    });
  if (a.localisation)
    out.push({
      id: 'boundary',
      metric: 'A boundary or distance measure beside the overlap',
      trap: 'Overlap metrics ignore where the boundary errors are and how far they reach.',
      convention: 'The tolerance in pixels or millimetres.',
      figure: fig('segmentation.structures'),
    });
  if (a.empty)
    out.push({
      id: 'empty',
      rule: true,
      metric: 'A stated rule for images with an empty reference',
      trap: 'IoU and Dice are 0/0 when reference and prediction are both empty; libraries report 1, 0, NaN or skip the image.',
      convention: 'What an empty reference scores, and the library and version.',
      figure: fig('segmentation.empty'),
    });
  if (a.output === 'decision')
    out.push({
      id: 'threshold',
      metric: 'Precision and recall of the object class at the deployed threshold',
      trap: 'The threshold trades missed objects against false alarms; one score hides which one you chose.',
      convention: 'The threshold on the probability map.',
      figure: fig('segmentation.threshold'),
    });
  return out;
}

function detection(a: ChooserAnswers): Recommendation[] {
  const out: Recommendation[] = [
    {
      id: 'ap',
      metric: a.localisation
        ? 'COCO AP (averaged over IoU 0.50 to 0.95) with AP75'
        : 'AP at IoU 0.5 (VOC) and COCO AP (IoU 0.50 to 0.95) together',
      trap: 'Loose boxes pass AP50 and fail COCO’s stricter average: the two can rank detectors differently.',
      convention: 'Interpolation (11-point, all-point or 101-point), IoU thresholds, detections per image.',
      figure: fig('detection.presets'),
    },
    {
      id: 'ties',
      rule: true,
      metric: 'The evaluation code and its tie rule',
      trap: 'Equal scores sorted differently change the precision-recall curve and the AP.',
      convention: 'The evaluation code and version (e.g. pycocotools).',
      figure: fig('detection.ties'),
    },
  ];
  if (a.tiny)
    out.push({
      id: 'small',
      metric: 'AP for small objects (COCO AP small, area below 32² pixels) separately',
      trap: 'The same few-pixel shift costs a small box far more IoU than a large one.',
      figure: fig('detection.iou'),
    });
  if (a.empty)
    out.push({
      id: 'empty',
      metric: 'False positives on images without objects',
      trap: 'Per-image recall is undefined on an empty image; precision is 0 if the detector fires and undefined if it stays silent.',
      convention: 'How empty images enter the averages.',
      figure: fig('detection.empty'),
    });
  if (a.imbalance)
    out.push({
      id: 'crowded',
      metric: 'AP per class, not only mAP',
      trap: 'Precision and AP depend on how common the objects are; a mean over classes hides a rare class.',
      figure: fig('detection.iconic'),
    });
  if (a.output === 'decision')
    out.push({
      id: 'threshold',
      metric: 'Precision and recall at the deployed score threshold',
      trap: 'AP sweeps every threshold; the one you ship is a single point on the curve.',
      convention: 'The score threshold.',
      figure: fig('detection.ap'),
    });
  return out;
}

function pose(a: ChooserAnswers): Recommendation[] {
  const out: Recommendation[] = [
    {
      id: 'oks-ap',
      metric: 'Keypoint AP from OKS (COCO keypoints)',
      trap: 'OKS scales the error with the person’s size: 5 pixels is a lot on a small person and little on a large one.',
      convention: 'The per-keypoint constants and the area used for the scale.',
      figure: fig('pose.paradox'),
    },
    {
      id: 'pck',
      metric: 'PCK or PCKh at a stated threshold',
      trap: 'A yes-or-no verdict per joint hides how far a missed joint is.',
      convention: 'The threshold and the reference length (head, torso, box).',
      figure: fig('pose.pck'),
    },
    {
      id: 'visibility',
      rule: true,
      metric: 'A stated rule for unlabelled joints',
      trap: 'Joints without a label do not count, so a model is never judged on them.',
      convention: 'Which joints count: visible ones only, or occluded but labelled ones too.',
      figure: fig('pose.visibility'),
    },
  ];
  if (a.tiny)
    out.push({
      id: 'small',
      metric: 'Results for small persons separately',
      trap: 'An average over people of all sizes hides failures on the small ones.',
      figure: fig('pose.rings'),
    });
  return out;
}

function depth(a: ChooserAnswers): Recommendation[] {
  const out: Recommendation[] = [
    {
      id: 'absrel-rmse',
      metric: 'AbsRel and RMSE together, with δ < 1.25',
      trap: 'RMSE sees metres and is dominated by far pixels; AbsRel sees ratios and by near ones.',
      figure: fig('depth.wall-book'),
    },
    {
      id: 'conventions',
      rule: true,
      metric: 'The evaluation conventions',
      trap: 'A depth cap, a missing validity mask or median scaling change the numbers as much as a better model.',
      convention: 'Depth range (e.g. 80 m on KITTI, 10 m on NYU), validity mask, median scaling.',
      figure: fig('depth.conventions'),
    },
  ];
  if (a.tiny || a.localisation)
    out.push({
      id: 'bands',
      metric: 'Errors per distance band',
      trap: 'An average over all pixels hides where in depth the errors are.',
      figure: fig('depth.map'),
    });
  return out;
}

function imageQuality(): Recommendation[] {
  return [
    {
      id: 'psnr-ssim',
      metric: 'PSNR and SSIM together, with a learned distance or a human check',
      trap: 'PSNR can prefer a blurred image to a sharp, slightly noisy one.',
      convention: 'The data range (MAX), colour or luma, any crop, and the SSIM implementation.',
      figure: fig('image-quality.blur-noise'),
    },
    {
      id: 'shift',
      metric: 'A check of brightness shifts and small translations',
      trap: 'A brightness shift or a 2-pixel translation costs much PSNR while looking the same.',
      figure: fig('image-quality.fool'),
    },
  ];
}

/**
 * The metrics to report together for `answers`, in reading order: the
 * task's core metrics, then those its answers add, then uncertainty (always).
 */
export function recommend(answers: ChooserAnswers): Recommendation[] {
  const byTask: Record<Task, (a: ChooserAnswers) => Recommendation[]> = {
    classification,
    segmentation,
    detection,
    pose,
    depth,
    'image-quality': imageQuality,
  };
  return [...byTask[answers.task](answers), UNCERTAINTY];
}

/** How many items of a list are metrics, numbers to report (the interval counts as one), not rules to state. */
export function metricCount(recs: readonly Recommendation[]): number {
  return recs.filter((r) => !r.rule).length;
}

/** How many conventions a list asks to state: its items with a "State:" line. */
export function conventionCount(recs: readonly Recommendation[]): number {
  return recs.filter((r) => r.convention !== undefined).length;
}
