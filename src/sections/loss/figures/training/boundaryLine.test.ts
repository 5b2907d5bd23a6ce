import { describe, expect, it } from 'vitest';
import { clipLine } from './boundaryLine';

describe('clipLine', () => {
  it('clips the diagonal x + y = 0 to the square', () => {
    const s = clipLine(1, 1, 0, 0, 3)!;
    expect(s.map((v) => Math.abs(v))).toEqual([3, 3, 3, 3]);
    expect(s[0] + s[1]).toBeCloseTo(0, 12);
  });

  it('gives null for zero weights or a line outside the square', () => {
    expect(clipLine(0, 0, 0, 0, 3)).toBeNull();
    expect(clipLine(1, 0, -10, 0, 3)).toBeNull();
  });
});
