/**
 * Built-in challenges of the segmentation section (issue 16 item 4), listed in the
 * section's Challenges block; each is solvable from its figure's defaults.
 */
import type { BuiltInChallenge } from '../../app/challenge/builtIn';

export const CHALLENGES: readonly BuiltInChallenge[] = [
  {
    id: 'segmentation.grow',
    title: 'Same border, bigger structure',
    widget: 'segmentation.structures',
    goals: [
      { key: 'binary_mask.iou;subject=small', cmp: '>=', value: 0.8, label: 'IoU of the small structure' },
    ],
  },
  {
    id: 'segmentation.person',
    title: 'Good enough without the perfect answer',
    widget: 'segmentation.painter',
    goals: [
      { key: 'segmentation.iou;class=person', cmp: '>=', value: 0.5, label: 'IoU of person' },
      { key: 'segmentation.iou;class=car', cmp: '>=', value: 0.8, label: 'IoU of car' },
    ],
    hide: ['Perfect'],
  },
];
