import { describe, expect, it } from 'vitest';
import { BOOK_DEPTH, WALL_DEPTH, wallBookArgs } from './wallBook';

describe('wallBookArgs', () => {
  it('pairs each prediction with its true depth, and both with both', () => {
    const a = wallBookArgs(9.9, 0.9);
    expect(a.wall).toEqual({ pred: [9.9], gt: [WALL_DEPTH] });
    expect(a.book).toEqual({ pred: [0.9], gt: [BOOK_DEPTH] });
    expect(a.both).toEqual({ pred: [9.9, 0.9], gt: [10, 1] });
  });
});
