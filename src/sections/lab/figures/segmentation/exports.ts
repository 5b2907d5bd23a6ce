/**
 * What the segmentation panel's downloads hold: the per-class table (one row
 * per class for the pooled images, then per image) and the per-image results
 * (one row per image, then the pooled row), as CSV records and JSON values.
 * Undefined (0/0) values are empty CSV fields and JSON nulls, never 0.
 */
import type { SegmentationJobResult } from '../../../../lab/segmentation/segmentationJob';
import type { SegmentationScores } from '../../../../lab/segmentation/scores';

type Row = Record<string, string | number | null>;

function classRows(subject: string, names: readonly string[], s: SegmentationScores): Row[] {
  return names.map((name, c) => ({
    subject,
    class_id: c,
    class_name: name,
    reference_pixels: s.label_area[c]!,
    predicted_pixels: s.pred_area[c]!,
    tp: s.tp[c]!,
    fp: s.fp[c]!,
    fn: s.fn[c]!,
    iou: s.iou[c]!,
    dice: s.dice[c]!,
    precision: s.precision[c]!,
    recall: s.recall[c]!,
  }));
}

/** Per-class rows: every class of the pooled result (subject `pooled`), then of each image (subject = its file). */
export function perClassRows(r: SegmentationJobResult): Row[] {
  return [
    ...classRows('pooled', r.classNames, r.pooled),
    ...r.images.flatMap((im) => classRows(im.gtFile, r.classNames, im.scores)),
  ];
}

function summaryRow(subject: string, gt: string, pred: string, size: string, s: SegmentationScores): Row {
  return {
    subject,
    gt_file: gt,
    pred_file: pred,
    size,
    scored_pixels: s.pixels,
    ignored_pixels: s.ignored,
    pixel_accuracy: s.pixel_accuracy,
    mean_accuracy: s.mean_accuracy,
    miou: s.miou,
    fwiou: s.fwiou,
    mdice: s.mdice,
  };
}

/** Per-image rows (subject = the ground-truth file), then the pooled row. */
export function perImageRows(r: SegmentationJobResult): Row[] {
  return [
    ...r.images.map((im) =>
      summaryRow(im.gtFile, im.gtFile, im.predFile, `${im.width}x${im.height}`, im.scores),
    ),
    summaryRow('pooled', '', '', '', r.pooled),
  ];
}

/** The JSON of the per-image results: settings, class names, every image's scores and the pooled ones (no overlays). */
export function resultJson(r: SegmentationJobResult): unknown {
  return {
    class_names: r.classNames,
    num_classes: r.numClasses,
    ignore_index: r.ignoreIndex,
    pairing: r.pairing,
    images: r.images.map((im) => ({
      gt_file: im.gtFile,
      pred_file: im.predFile,
      width: im.width,
      height: im.height,
      ...im.scores,
    })),
    pooled: r.pooled,
  };
}
