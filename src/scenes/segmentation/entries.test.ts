import { describe, expect, it } from 'vitest';
import { segmentationSceneEntries } from './entries';
import { CROP } from './probability';
import { SCENES } from '../registry';

describe('pedestrian_map', () => {
  it('is registered and returns the crop-sized map with probabilities in [0.01, 0.99]', () => {
    const [entry] = segmentationSceneEntries;
    expect(SCENES.get('pedestrian_map')).toBe(entry);
    const map = entry.compute({});
    expect(map.width * map.height).toBe(CROP.width * CROP.height);
    expect(map.probability).toHaveLength(map.gt.length);
    for (const p of map.probability) expect(p >= 0.01 - 1e-6 && p <= 0.99 + 1e-6).toBe(true);
  });
});
