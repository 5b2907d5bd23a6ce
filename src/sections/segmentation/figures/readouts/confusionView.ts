/**
 * Display helper of the confusion-matrix heatmap: a sentence saying what a
 * cell means (the row shares come from the worker, `segmentation.row_shares`). Rows are true classes, columns
 * predicted classes (the `segmentation` result's `confusion`).
 */
import { segmentationText } from '../../../../i18n/segmentation';

/**
 * The meaning of cell (t, p) in words, e.g. "31 pixels of person were predicted
 * as background (24.8 % of all person pixels): wrong, so false negatives of
 * person and false positives of background." `share` is the row share
 * (null when the true class has no pixel). The sentences live in the
 * section's string catalogue.
 */
export function describeCell(
  names: readonly string[],
  t: number,
  p: number,
  count: number,
  share: number | null,
): string {
  const text = segmentationText.metrics.cell;
  const truth = names[t] ?? text.unnamed(t);
  const predicted = names[p] ?? text.unnamed(p);
  const shareText = share === null ? '' : text.share(share, truth);
  return t === p ? text.correct(count, truth, shareText) : text.wrong(count, truth, predicted, shareText);
}
