import { describe, expect, it } from 'vitest';
import { FEATURE_LENGTH, LPIPS_PRESETS, featureLayers } from './lpipsPresets';
import { parseFeature } from './featureInput';
import { snap } from './snap';

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

  it('reads typed values clamped to [0, 2] on the 0.1 grid, and ignores non-numbers', () => {
    expect(parseFeature('0.34')).toBe(0.3);
    expect(parseFeature('5')).toBe(2);
    expect(parseFeature('-1')).toBe(0);
    expect(parseFeature('')).toBeNull();
    expect(parseFeature('abc')).toBeNull();
  });

  it('snaps slider values to their grid without float residue', () => {
    expect(snap(0.1 + 0.2, 0.1)).toBe(0.3);
    expect(snap(12.40000001, 0.5)).toBe(12.5);
    expect(snap(0.8500000001, 0.05)).toBe(0.85);
  });
});
