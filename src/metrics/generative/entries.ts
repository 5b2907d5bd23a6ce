/**
 * Registry entries of the generative family: Frechet distance, FID from
 * features, Inception Score and CLIPScore. Arguments follow
 * test/reference/FORMAT.md.
 */
import type { MetricEntry } from '../entry';
import { readNumArray, readOptionalNumber, readPositiveInt } from '../args';
import { frechetDistance } from './frechetDistance';
import { fidFromFeatures } from './fidFeatures';
import { inceptionScore } from './inceptionScore';
import { clipScore } from './clipScore';

/** The generative family's registry entries: `frechet_distance`, `fid_features`, `inception_score`, `clip_score`. */
export const generativeEntries: MetricEntry[] = [
  {
    id: 'frechet_distance',
    title: 'Frechet distance between Gaussians',
    higherIsBetter: false,
    range: [0, Infinity],
    latex: String.raw`d^2 = \lVert \mu_1 - \mu_2 \rVert^2 + \operatorname{tr}\!\left(\Sigma_1 + \Sigma_2 - 2 (\Sigma_1 \Sigma_2)^{1/2}\right)`,
    compute: (args) =>
      frechetDistance(readNumArray(args, 'mu1'), readNumArray(args, 'mu2'), args.sigma1, args.sigma2),
  },
  {
    id: 'fid_features',
    title: 'Frechet Inception Distance (from features)',
    higherIsBetter: false,
    range: [0, Infinity],
    latex: String.raw`\mathrm{FID} = \lVert \mu_x - \mu_y \rVert^2 + \operatorname{tr}\!\left(\Sigma_x + \Sigma_y - 2 (\Sigma_x \Sigma_y)^{1/2}\right)`,
    compute: (args) => fidFromFeatures(args.x, args.y),
  },
  {
    id: 'inception_score',
    title: 'Inception Score',
    higherIsBetter: true,
    range: [1, Infinity],
    latex: String.raw`\mathrm{IS} = \exp\!\left(\mathbb{E}_x\, D_{\mathrm{KL}}\big(p(y \mid x) \,\Vert\, p(y)\big)\right)`,
    compute: (args) => {
      const r = inceptionScore(args.probs, readPositiveInt(args, 'splits'));
      return { mean: r.mean, std: r.std, split_scores: r.splitScores };
    },
  },
  {
    id: 'clip_score',
    title: 'CLIPScore',
    higherIsBetter: true,
    range: [0, 2.5],
    latex: String.raw`\text{CLIP-S}(c, v) = w \cdot \max(\cos(c, v), 0)`,
    compute: (args) =>
      clipScore(
        readNumArray(args, 'image_embedding'),
        readNumArray(args, 'text_embedding'),
        readOptionalNumber(args, 'w', 2.5),
      ),
  },
];
