/**
 * Built-in challenges of the pose section (issue 16 item 4), listed in the
 * section's Challenges block; each is solvable from its figure's defaults.
 */
import type { BuiltInChallenge } from '../../app/challenge/builtIn';

export const CHALLENGES: readonly BuiltInChallenge[] = [
  {
    id: 'pose.alpha',
    title: 'A looser threshold',
    widget: 'pose.pck',
    goals: [{ key: 'pck;subject=small-person', cmp: '>=', value: 1, label: 'PCK@α of the small person' }],
  },
  {
    id: 'pose.strict',
    title: 'A stricter head threshold',
    widget: 'pose.pck',
    goals: [{ key: 'pckh;subject=large-person', cmp: '<=', value: 0.5, label: 'PCKh@α of the large person' }],
  },
];
