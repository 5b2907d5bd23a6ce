import { describe, expect, it } from 'vitest';
import { cocoDetections, cocoGroundTruth } from './cocoJson';

describe('cocoJson', () => {
  const images = [
    { id: 3, width: 10, height: 8, objects: [{ cls: 'b', box: [1, 2, 3, 4] as const }] },
    {
      id: 7,
      width: 10,
      height: 8,
      objects: [
        { cls: 'a', box: [0, 0, 2, 5] as const },
        { cls: 'b', box: [5, 5, 1, 1] as const },
      ],
    },
  ];

  it('numbers categories by class order and annotations in image then object order', () => {
    const gt = cocoGroundTruth(images, ['a', 'b']);
    expect(gt.categories).toEqual([
      { id: 1, name: 'a' },
      { id: 2, name: 'b' },
    ]);
    expect(gt.images).toEqual([
      { id: 3, width: 10, height: 8 },
      { id: 7, width: 10, height: 8 },
    ]);
    expect(gt.annotations.map((a) => [a.id, a.image_id, a.category_id, a.area])).toEqual([
      [1, 3, 2, 12],
      [2, 7, 1, 10],
      [3, 7, 2, 1],
    ]);
  });

  it('writes results with the same category ids and refuses an unknown class', () => {
    expect(cocoDetections([{ imageId: 7, cls: 'b', box: [1, 1, 2, 2], score: 0.5 }], ['a', 'b'])).toEqual([
      { image_id: 7, category_id: 2, bbox: [1, 1, 2, 2], score: 0.5 },
    ]);
    expect(() =>
      cocoDetections([{ imageId: 7, cls: 'c', box: [1, 1, 2, 2], score: 0.5 }], ['a', 'b']),
    ).toThrow(/c/);
  });
});
