import { describe, expect, it } from 'vitest';
import { FEATURE_LENGTH, LPIPS_PRESETS, featureLayers } from './lpipsPresets';

describe('LPIPS toy features', () => {
  it('lays 12 values out as one [3][2][2] layer, channel-major', () => {
    const values = Array.from({ length: FEATURE_LENGTH }, (_, i) => i);
    expect(featureLayers(values)).toEqual([
      [
        [
          [0, 1],
          [2, 3],
        ],
        [
          [4, 5],
          [6, 7],
        ],
        [
          [8, 9],
          [10, 11],
        ],
      ],
    ]);
  });

  it('has presets of the right length', () => {
    for (const p of Object.values(LPIPS_PRESETS)) {
      expect(p.a).toHaveLength(FEATURE_LENGTH);
      expect(p.b).toHaveLength(FEATURE_LENGTH);
      expect(p.w).toHaveLength(3);
    }
  });
});
