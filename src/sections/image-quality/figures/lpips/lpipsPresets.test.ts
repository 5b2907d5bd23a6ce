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

  it('compares every preset copy with the same reference and weights', () => {
    const ids = Object.keys(LPIPS_PRESETS) as (keyof typeof LPIPS_PRESETS)[];
    for (const id of ids) {
      expect(LPIPS_PRESETS[id].a).toEqual(LPIPS_PRESETS.blurred.a);
      expect(LPIPS_PRESETS[id].w).toEqual(LPIPS_PRESETS.blurred.w);
    }
    // The moved copy has the reference's values, in other positions.
    expect([...LPIPS_PRESETS.moved.b].sort()).toEqual([...LPIPS_PRESETS.moved.a].sort());
    expect(LPIPS_PRESETS.moved.b).not.toEqual(LPIPS_PRESETS.moved.a);
  });

  it('has presets of the right length', () => {
    for (const p of Object.values(LPIPS_PRESETS)) {
      expect(p.a).toHaveLength(FEATURE_LENGTH);
      expect(p.b).toHaveLength(FEATURE_LENGTH);
      expect(p.w).toHaveLength(3);
    }
  });
});
