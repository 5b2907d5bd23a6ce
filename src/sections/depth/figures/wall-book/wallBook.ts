/**
 * The wall-and-book example: one pixel on a wall 10 m away and one on a book
 * 1 m away. Builds the `depth` metric's arguments for the wall, the book and
 * both together, from the reader's two predictions.
 */

/** True depths of the example, metres. */
export const WALL_DEPTH = 10;
export const BOOK_DEPTH = 1;

/** The subjects of the figure's readouts (DESIGN.md data-subject). */
export type WallBookSubject = 'wall' | 'book' | 'both';
export const WALL_BOOK_SUBJECTS: readonly WallBookSubject[] = ['wall', 'book', 'both'];

/** Slider ranges, metres. */
export const WALL_RANGE = { min: 0, max: 20, step: 0.1 } as const;
export const BOOK_RANGE = { min: 0.1, max: 3, step: 0.1 } as const;

/** `depth` args ({pred, gt}) per subject: wall [w] vs [10], book [b] vs [1], both [w, b] vs [10, 1]. */
export function wallBookArgs(
  wall: number,
  book: number,
): Record<WallBookSubject, { pred: number[]; gt: number[] }> {
  return {
    wall: { pred: [wall], gt: [WALL_DEPTH] },
    book: { pred: [book], gt: [BOOK_DEPTH] },
    both: { pred: [wall, book], gt: [WALL_DEPTH, BOOK_DEPTH] },
  };
}
