/**
 * The instructors' table: for each task, the metrics to report together,
 * the trap each one hides, and the section of this app that shows it. One
 * row per task plus one for every task (uncertainty), short enough to print
 * on one A4 page.
 */
import type { Task } from '../chooser/recommend';

/** A row of the table. */
export interface TableRow {
  /** `all` for the row that applies to every task. */
  task: Task | 'all';
  taskName: string;
  metrics: string;
  traps: string;
  /** Section slug and the widget that shows the main trap. */
  slug: string;
  widget: string;
  sectionName: string;
}

/** The rows, in the order of the app's sections. */
export const TABLE_ROWS: readonly TableRow[] = [
  {
    task: 'classification',
    taskName: 'Classification',
    metrics:
      'Top-1 accuracy, per-class recall and precision, confusion matrix; top-5 only beside top-1; log loss if probabilities are used',
    traps:
      'Accuracy rewards the majority class; top-5 forgives unrelated mistakes; loss and accuracy can move apart',
    slug: 'benchmarks',
    widget: 'benchmarks.topk',
    sectionName: 'Benchmarks; Loss is not a metric',
  },
  {
    task: 'segmentation',
    taskName: 'Segmentation',
    metrics:
      'IoU or Dice per class, mIoU, per-class precision and recall; a boundary measure for small structures',
    traps:
      'Pixel accuracy carried by the background; small structures punished harder; empty reference is 0/0; per-image vs pooled means',
    slug: 'segmentation',
    widget: 'segmentation.painter',
    sectionName: 'Segmentation',
  },
  {
    task: 'detection',
    taskName: 'Detection',
    metrics: 'AP50 and COCO AP (IoU 0.50:0.95), AP small/medium/large, AP per class',
    traps: 'Loose boxes pass AP50; interpolation and tie rules change AP; empty images make recall undefined',
    slug: 'detection',
    widget: 'detection.presets',
    sectionName: 'Detection',
  },
  {
    task: 'pose',
    taskName: 'Pose',
    metrics: 'OKS-based keypoint AP, PCK or PCKh at a stated threshold',
    traps: 'A fixed pixel error means different things at different person sizes; PCK is yes or no per joint',
    slug: 'pose',
    widget: 'pose.paradox',
    sectionName: 'Pose',
  },
  {
    task: 'depth',
    taskName: 'Depth',
    metrics: 'AbsRel, RMSE, δ < 1.25 (1.25², 1.25³), with cap, mask and scaling stated',
    traps: 'RMSE is dominated by far pixels, AbsRel by near ones; caps and median scaling change the numbers',
    slug: 'depth',
    widget: 'depth.wall-book',
    sectionName: 'Depth',
  },
  {
    task: 'image-quality',
    taskName: 'Image quality',
    metrics: 'PSNR and SSIM together, a learned distance or a human check',
    traps: 'PSNR prefers blur to slight noise; brightness shifts and small translations cost much PSNR',
    slug: 'image-quality',
    widget: 'image-quality.blur-noise',
    sectionName: 'Image quality',
  },
  {
    task: 'all',
    taskName: 'Every task',
    metrics: 'Number of test images, bootstrap 95 % intervals, the split and the evaluation code',
    traps: 'A 0.01 lead can be noise on a small test set; saturated benchmarks rank by label noise',
    slug: 'benchmarks',
    widget: 'benchmarks.lead',
    sectionName: 'Benchmarks',
  },
];
