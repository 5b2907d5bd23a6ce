/**
 * Built-in challenges of the generative section (issue 16 item 4), listed in
 * the section's Challenges block; each is solvable from its figure's defaults.
 */
import type { BuiltInChallenge } from '../../app/challenge/builtIn';

export const CHALLENGES: readonly BuiltInChallenge[] = [
  {
    id: 'generative.fix-collapse',
    title: 'Bring FID below 0.5',
    widget: 'generative.fid',
    goals: [{ key: 'fid_features', cmp: '<=', value: 0.5, label: 'FID' }],
  },
  {
    id: 'generative.fool-is',
    title: 'Raise Inception Score while FID’s trace term grows',
    widget: 'generative.inception',
    goals: [
      { key: 'inception_score.mean', cmp: '>=', value: 7.2, label: 'Inception Score' },
      { key: 'fid.trace_term', cmp: '>=', value: 0.02, label: 'FID trace term' },
    ],
  },
];
