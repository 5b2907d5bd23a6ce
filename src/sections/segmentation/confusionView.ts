/**
 * Display helpers of the confusion-matrix heatmap: row-normalised shares and
 * a sentence saying what a cell means. Rows are true classes, columns
 * predicted classes (the `segmentation` result's `confusion`).
 */
import { segmentationText } from '../../i18n/segmentation';

/**
 * Each row divided by its sum (the share of a true class's pixels that went
 * to each predicted class); a row with no pixel is all null (0/0).
 */
export function rowShares(confusion: readonly (readonly number[])[]): (number | null)[][] {
  return confusion.map((row) => {
    const total = row.reduce((a, b) => a + b, 0);
    return row.map((v) => (total === 0 ? null : v / total));
  });
}

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
