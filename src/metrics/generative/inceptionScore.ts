/**
 * Inception Score (Salimans et al., "Improved Techniques for Training GANs",
 * NeurIPS 2016) from class probabilities.
 */
import { toDenseMatrix } from '../linalg/matrix';
import { MetricInputError } from '../validate';

/** Mean and population standard deviation of the per-split scores, and the scores. */
export interface InceptionScoreResult {
  mean: number;
  std: number;
  splitScores: number[];
}

/**
 * IS = exp(E_x KL(p(y|x) || p(y))) per split, p(y) = the mean of p(y|x) over
 * the split; reported as the mean and population standard deviation (ddof 0)
 * over `splits` consecutive splits of floor(N / splits) rows (the remainder
 * rows are dropped), exactly as sbarratt/inception-score-pytorch
 * inception_score.py @e174ce4 (scipy.stats.entropy(pyx, py), np.mean,
 * np.std). Like scipy.stats.entropy, each row and p(y) are normalised to sum
 * to 1, and a term with p(y|x) = 0 contributes 0 (0 log 0 = 0). `probs` has
 * one row per sample (arrays or typed arrays, or {rows, cols, data}).
 * Throws MetricInputError for a negative or non-finite probability, a row
 * summing to 0, rows of different lengths, or `splits` that is not an
 * integer in [1, N].
 */
export function inceptionScore(probs: unknown, splits: number): InceptionScoreResult {
  const { rows: n, cols: k, data } = toDenseMatrix('probs', probs);
  if (n === 0 || k === 0) throw new MetricInputError('probs', 'needs at least one row and one class');
  if (!Number.isInteger(splits) || splits < 1 || splits > n) {
    throw new MetricInputError(
      'splits',
      `expected an integer in [1, ${n}] (number of rows), got ${String(splits)}`,
    );
  }
  const rowSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < k; j++) {
      const p = data[i * k + j]!;
      if (p < 0) throw new MetricInputError('probs', `row ${i} has a negative probability ${p}`);
      s += p;
    }
    if (s === 0) throw new MetricInputError('probs', `row ${i} sums to 0`);
    rowSum[i] = s;
  }
  const size = Math.floor(n / splits);
  const py = new Float64Array(k);
  const splitScores: number[] = [];
  for (let t = 0; t < splits; t++) {
    const start = t * size;
    py.fill(0);
    for (let i = start; i < start + size; i++) for (let j = 0; j < k; j++) py[j] = py[j]! + data[i * k + j]!;
    let pySum = 0;
    for (let j = 0; j < k; j++) pySum += py[j]!;
    let klSum = 0;
    for (let i = start; i < start + size; i++) {
      let kl = 0;
      for (let j = 0; j < k; j++) {
        const p = data[i * k + j]! / rowSum[i]!;
        if (p > 0) kl += p * Math.log(p / (py[j]! / pySum));
      }
      klSum += kl;
    }
    splitScores.push(Math.exp(klSum / size));
  }
  const mean = splitScores.reduce((s, v) => s + v, 0) / splits;
  const variance = splitScores.reduce((s, v) => s + (v - mean) * (v - mean), 0) / splits;
  return { mean, std: Math.sqrt(variance), splitScores };
}
