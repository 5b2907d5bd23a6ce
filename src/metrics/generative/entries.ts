/**
 * Registry entries of the generative family: Frechet distance, FID from
 * features, Inception Score and CLIPScore. Arguments follow
 * test/reference/FORMAT.md; the matrices are checked by the metric functions,
 * which name the argument.
 */
import { defineMetric } from '../entry';
import type { NumArray } from '../types';
import { checkedInside, numArray, optionalNumber, positiveInt } from '../args';
import { frechetDistance } from './frechetDistance';
import { fidFromFeatures } from './fidFeatures';
import { inceptionScore } from './inceptionScore';
import { clipScore } from './clipScore';

/** A matrix as rows of numbers, checked by the metric function. */
const rows = checkedInside<readonly NumArray[]>;

/** The generative family's registry entries: `frechet_distance`, `fid_features`, `inception_score`, `clip_score`. */
export const generativeEntries = [
  defineMetric({
    id: 'frechet_distance',
    args: { mu1: numArray, mu2: numArray, sigma1: rows(), sigma2: rows() },
    run: (a) => frechetDistance(a.mu1, a.mu2, a.sigma1, a.sigma2),
  }),
  defineMetric({
    id: 'fid_features',
    args: { x: rows(), y: rows() },
    run: (a) => fidFromFeatures(a.x, a.y),
  }),
  defineMetric({
    id: 'inception_score',
    fields: ['mean', 'std', 'split_scores'],
    args: { probs: rows(), splits: positiveInt },
    run: (a) => {
      const r = inceptionScore(a.probs, a.splits);
      return { mean: r.mean, std: r.std, split_scores: r.splitScores };
    },
  }),
  defineMetric({
    id: 'clip_score',
    args: { image_embedding: numArray, text_embedding: numArray, w: optionalNumber(2.5) },
    run: (a) => clipScore(a.image_embedding, a.text_embedding, a.w),
  }),
] as const;
