/**
 * Row-normalised confusion matrix (sklearn `confusion_matrix(...,
 * normalize='true')`): share[t][p] = confusion[t][p] / sum_q confusion[t][q],
 * the share of true class t's pixels that went to predicted class p. Its
 * diagonal is each class's recall over the counted pixels. A true class with
 * no pixel has an all-null row (0/0 is undefined, not 0).
 */
export function rowShares(confusion: readonly (readonly number[])[]): (number | null)[][] {
  return confusion.map((row) => {
    const total = row.reduce((a, b) => a + b, 0);
    return row.map((v) => (total === 0 ? null : v / total));
  });
}
