/**
 * Built-in challenges of the detection section (issue 16 item 4), listed in the
 * section's Challenges block; each is solvable from its figure's defaults.
 */
import type { BuiltInChallenge } from '../../app/challenge/builtIn';

export const CHALLENGES: readonly BuiltInChallenge[] = [
  {
    id: 'detection.align',
    title: 'Line the boxes up',
    widget: 'detection.iou',
    goals: [{ key: 'box_iou', cmp: '>=', value: 0.9, label: 'IoU' }],
  },
  {
    id: 'detection.small-shift',
    title: 'A few pixels for a small box',
    widget: 'detection.scale',
    goals: [{ key: 'box_iou;subject=small', cmp: '>=', value: 0.7, label: 'IoU of the 12×12 box' }],
  },
];
