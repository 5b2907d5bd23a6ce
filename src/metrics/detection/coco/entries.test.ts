import { describe, expect, it } from 'vitest';
import { cocoEntries } from './entries';

const entry = cocoEntries.find((e) => e.id === 'coco_eval')!;

describe('cocoEntries', () => {
  it('has one coco_eval entry with a reference adapter', () => {
    expect(cocoEntries.map((e) => e.id)).toEqual(['coco_eval']);
    expect(entry.toReference).toBeTypeOf('function');
  });

  it('returns named stats and writes null as -1 only in the reference form', () => {
    const gt = {
      images: [{ id: 1 }],
      categories: [{ id: 1 }],
      annotations: [{ id: 1, image_id: 1, category_id: 1, bbox: [0, 0, 50, 40], area: 2000, iscrowd: 0 }],
    };
    const result = entry.compute({ iou_type: 'bbox', gt, dt: [] }) as {
      ap_small: unknown;
      ap: unknown;
      stats: unknown[];
    };
    expect(result.ap).toBe(0);
    expect(result.ap_small).toBeNull();
    const ref = entry.toReference!(result) as { stats: number[] };
    expect(ref).toEqual({ stats: [0, 0, 0, -1, 0, -1, 0, 0, 0, -1, 0, -1] });
    expect(result.stats[3]).toBeNull();
  });

  it('refuses to adapt something that is not a coco_eval result', () => {
    expect(() => entry.toReference!(42)).toThrow();
  });
});
