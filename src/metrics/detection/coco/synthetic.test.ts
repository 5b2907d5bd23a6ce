import { describe, expect, it } from 'vitest';
import { makeSyntheticCoco } from './synthetic';

const OPTIONS = { images: 40, categories: 5, gtPerImage: 7, dtPerImage: 30, seed: 11 };

describe('makeSyntheticCoco', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(makeSyntheticCoco(OPTIONS)).toEqual(makeSyntheticCoco(OPTIONS));
    expect(makeSyntheticCoco({ ...OPTIONS, seed: 12 }).dt).not.toEqual(makeSyntheticCoco(OPTIONS).dt);
  });

  it('has the requested sizes and valid COCO records', () => {
    const { gt, dt } = makeSyntheticCoco(OPTIONS);
    expect(gt.images.length).toBe(40);
    expect(gt.categories.length).toBe(5);
    expect(dt.length).toBe(40 * 30);
    const mean = gt.annotations.length / 40;
    expect(mean).toBeGreaterThan(4);
    expect(mean).toBeLessThan(10);
    for (const a of gt.annotations) {
      const [x, y, w, h] = a.bbox;
      expect(w).toBeGreaterThanOrEqual(7.9);
      expect(h).toBeLessThanOrEqual(400.1);
      expect(x >= 0 && y >= 0 && x + w <= 640.01 && y + h <= 480.01).toBe(true);
      expect(a.area).toBeLessThanOrEqual(w * h);
      expect(a.category_id >= 1 && a.category_id <= 5).toBe(true);
    }
    expect(new Set(gt.annotations.map((a) => a.id)).size).toBe(gt.annotations.length);
    for (const d of dt) expect(d.score >= 0 && d.score <= 1 && d.bbox[2] >= 0 && d.bbox[3] >= 0).toBe(true);
  });
});
