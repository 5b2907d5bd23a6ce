/**
 * Built-in challenges of the depth section (issue 16 item 4), listed in the
 * section's Challenges block; each is solvable from its figure's defaults.
 */
import type { BuiltInChallenge } from '../../app/challenge/builtIn';

export const CHALLENGES: readonly BuiltInChallenge[] = [
  {
    id: 'depth.book',
    title: 'Near misses count more',
    widget: 'depth.wall-book',
    goals: [
      { key: 'depth.abs_rel;subject=book', cmp: '<=', value: 0.02, label: 'AbsRel of the book' },
      { key: 'depth.rmse;subject=wall', cmp: '>=', value: 1, label: 'RMSE of the wall' },
    ],
  },
  {
    id: 'depth.scale',
    title: 'Undo the scale',
    widget: 'depth.conventions',
    goals: [{ key: 'depth.a1', cmp: '>=', value: 0.9, label: 'δ < 1.25' }],
  },
];
