import { describe, expect, it } from 'vitest';
import { decodeMask, encodeMask } from '../../widgets/painter/maskCodec';
import { groundTruth } from './scene';
import { PRESET_IDS, presetPrediction } from './presets';

describe('the painter presets in the mask codec', () => {
  it('round-trips every preset of the scene exactly', () => {
    const gt = groundTruth();
    for (const id of PRESET_IDS) {
      const mask = presetPrediction(id, gt);
      expect(Array.from(decodeMask(encodeMask(mask), mask.length, 4)!)).toEqual(Array.from(mask));
    }
  });

  it('keeps a painted scene mask short (under 1,000 characters)', () => {
    const text = encodeMask(presetPrediction('overSegments', groundTruth()));
    expect(text.length).toBeLessThan(1000);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('is deterministic on a preset', () => {
    const mask = presetPrediction('sloppy', groundTruth());
    expect(encodeMask(mask)).toBe(encodeMask(mask.slice()));
  });
});
