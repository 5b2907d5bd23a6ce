/**
 * Built-in challenges of the text-to-image section, listed in its
 * Challenges block; both are solvable from the composer's defaults.
 */
import type { BuiltInChallenge } from '../../app/challenge/builtIn';

/** The two challenges, both on the composer. */
export const CHALLENGES: readonly BuiltInChallenge[] = [
  {
    id: 'text-to-image.crowd',
    title: 'Lower both scores without touching the prompts',
    widget: 'text-to-image.composer',
    goals: [
      { key: 'clip_score;subject=prompt-a', cmp: '<=', value: 1.5, label: 'CLIPScore of prompt A' },
      { key: 'clip_score;subject=prompt-b', cmp: '<=', value: 1.5, label: 'CLIPScore of prompt B' },
    ],
    hide: ['Prompt A', 'Prompt B'],
  },
  {
    id: 'text-to-image.half',
    title: 'Full marks for A, half marks for B',
    widget: 'text-to-image.composer',
    goals: [
      { key: 'clip_score;subject=prompt-a', cmp: '>=', value: 2.5, label: 'CLIPScore of prompt A' },
      { key: 'clip_score;subject=prompt-b', cmp: '<=', value: 1.25, label: 'CLIPScore of prompt B' },
    ],
  },
];
