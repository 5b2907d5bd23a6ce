/**
 * Display helpers of the confusion-matrix heatmap: row-normalised shares and
 * a sentence saying what a cell means. Rows are true classes, columns
 * predicted classes (the `segmentation` result's `confusion`).
 */

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

/** Plural-aware "N pixel(s)". */
function pixels(n: number): string {
  return `${n.toLocaleString('en')} pixel${n === 1 ? '' : 's'}`;
}

/**
 * The meaning of cell (t, p) in words, e.g. "31 pixels of person were predicted
 * as background (24.8 % of all person pixels): missed, so false negatives of
 * person and false positives of background." `share` is the row share
 * (null when the true class has no pixel).
 */
export function describeCell(
  names: readonly string[],
  t: number,
  p: number,
  count: number,
  share: number | null,
): string {
  const truth = names[t] ?? `class ${t}`;
  const predicted = names[p] ?? `class ${p}`;
  const shareText = share === null ? '' : ` (${(share * 100).toFixed(1)} % of all ${truth} pixels)`;
  const were = count === 1 ? 'was' : 'were';
  if (t === p) {
    return `${pixels(count)} of ${truth} ${were} predicted as ${truth}${shareText}: correct, the true positives of ${truth}.`;
  }
  return (
    `${pixels(count)} of ${truth} ${were} predicted as ${predicted}${shareText}: wrong, so false negatives of ` +
    `${truth} and false positives of ${predicted}.`
  );
}
