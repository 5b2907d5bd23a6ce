/**
 * Built-in challenges of the benchmarks section (issue 16 item 4), listed in
 * the section's Challenges block; each is solvable from its figure's defaults.
 */
import type { BuiltInChallenge } from '../../app/challenge/builtIn';

export const CHALLENGES: readonly BuiltInChallenge[] = [
  {
    id: 'benchmarks.every-guess',
    title: 'Forgive every mistake',
    widget: 'benchmarks.topk',
    goals: [{ key: 'topk.accuracy;subject=top-k', cmp: '>=', value: 1, label: 'top-k accuracy' }],
  },
  {
    id: 'benchmarks.real-lead',
    title: 'Make the 0.01 lead real',
    widget: 'benchmarks.lead',
    goals: [{ key: 'bootstrap.flip_rate', cmp: '<=', value: 0.01, label: 'flip rate' }],
  },
];
