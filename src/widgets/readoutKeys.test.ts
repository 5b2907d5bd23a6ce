import { describe, expect, it } from 'vitest';
import { readoutKeys } from './readoutKeys';

describe('readoutKeys', () => {
  it('tells readouts apart by metric, subject, class and data attributes', () => {
    const keys = readoutKeys([
      { metric: 'binary_mask.iou' },
      { metric: 'binary_mask.iou', subject: 'small' },
      { metric: 'segmentation.iou', className: 'car' },
      { metric: 'oks', data: { joint: 'hip' } },
      { metric: 'oks', data: { joint: 'knee' } },
    ]);
    expect(new Set(keys).size).toBe(5);
  });

  it('does not depend on the order of the data attributes', () => {
    const [a] = readoutKeys([{ metric: 'pck', data: { joint: 'hip', alpha: '0.5' } }]);
    const [b] = readoutKeys([{ metric: 'pck', data: { alpha: '0.5', joint: 'hip' } }]);
    expect(a).toBe(b);
  });

  it('keeps repeated readouts unique by appending their position', () => {
    expect(readoutKeys([{ metric: 'mse' }, { metric: 'mse' }])).toEqual(['mse|||', 'mse|||#1']);
  });
});
