/**
 * Built-in challenges of the loss section (issue 16 item 4), listed in the
 * section's Challenges block; each is solvable from its figure's defaults.
 */
import type { BuiltInChallenge } from '../../app/challenge/builtIn';

export const CHALLENGES: readonly BuiltInChallenge[] = [
  {
    id: 'loss.same-accuracy',
    title: 'Halve the loss, keep the accuracy',
    widget: 'loss.drag',
    goals: [
      { key: 'cross_entropy.loss', cmp: '<=', value: 0.25, label: 'mean cross-entropy' },
      { key: 'classification.accuracy', cmp: '<=', value: 0.8, label: 'accuracy' },
    ],
  },
  {
    id: 'loss.flatter',
    title: 'Flatter the model',
    widget: 'loss.leakage',
    goals: [{ key: 'classification.accuracy;subject=test', cmp: '>=', value: 0.95, label: 'test accuracy' }],
  },
];
