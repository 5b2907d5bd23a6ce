import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketByKey } from './buckets';

describe('bucketByKey', () => {
  it('groups items by key and keeps input order within a key', () => {
    const b = bucketByKey(Int32Array.from([2, 0, 2, 1, 0]), 4);
    expect(Array.from(b.start)).toEqual([0, 2, 3, 5, 5]);
    expect(Array.from(b.order)).toEqual([1, 4, 3, 0, 2]);
  });

  it('equals a stable sort by key', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 })), (keys) => {
        const b = bucketByKey(Int32Array.from(keys), 6);
        const expected = keys.map((_, i) => i).sort((x, y) => keys[x]! - keys[y]! || x - y);
        expect(Array.from(b.order)).toEqual(expected);
      }),
    );
  });
});
