/**
 * Built-in challenges of the choosing section (issue 16 item 4), listed in
 * the section's Challenges block. Both are met by answering the chooser's
 * questions; its two count readouts are the goals. Neither is met by the
 * default answers (segmentation with a dominant background: 3 metrics, 2
 * conventions).
 */
import type { BuiltInChallenge } from '../../app/challenge/builtIn';

export const CHALLENGES: readonly BuiltInChallenge[] = [
  {
    // Met by segmentation with tiny structures and exact boundaries (or a deployed decision),
    // or detection with rare classes, small objects and a decision.
    id: 'choosing.five-metrics',
    title: 'Describe a problem that needs at least 5 metrics together',
    widget: 'choosing.chooser',
    goals: [{ key: 'choosing.metric_count', cmp: '>=', value: 5, label: 'the number of metrics to report' }],
  },
  {
    // Met by pose without small persons, or by detection without rare classes and with empty images
    // or a deployed decision:
    // their numbers depend on thresholds, interpolation, tie rules and constants more than on extra metrics.
    id: 'choosing.say-more',
    title: 'Find a problem with at least 4 conventions to state but at most 3 metrics',
    widget: 'choosing.chooser',
    goals: [
      { key: 'choosing.convention_count', cmp: '>=', value: 4, label: 'the number of conventions to state' },
      { key: 'choosing.metric_count', cmp: '<=', value: 3, label: 'the number of metrics' },
    ],
  },
];
