/**
 * Places labels drawn under things in a row (the names under the people of
 * the keypoint-AP scene, large on a slide): `twoLines` puts every other name
 * that has room on a line above the bottom line, and `spreadLabels` moves
 * labels on the same line apart where they would overlap. Labels that do not
 * collide keep their place.
 */

/** One label: the centre it wants, its baseline and its width, in drawing units. */
export interface RowLabel {
  x: number;
  y: number;
  width: number;
}

/** Passes of pushing neighbours apart at most (each pass halves what is left of an overlap). */
const PASSES = 100;

/**
 * The centre of each label (same order as given, which must be left to
 * right): each wants to be centred at its x; where two labels whose
 * baselines are less than `lineHeight` apart would overlap (`gap` between
 * them), both move apart by half the overlap; every label stays within
 * [0, extent].
 */
export function spreadLabels(
  labels: readonly RowLabel[],
  lineHeight: number,
  gap: number,
  extent: number,
): number[] {
  const xs = labels.map((l) => l.x);
  const clamp = (i: number) => {
    const half = labels[i]!.width / 2;
    xs[i] = Math.min(Math.max(xs[i]!, half), Math.max(half, extent - half));
  };
  for (let pass = 0; pass < PASSES; pass += 1) {
    let moved = false;
    for (let i = 0; i < labels.length; i += 1) {
      for (let j = i + 1; j < labels.length; j += 1) {
        const a = labels[i]!;
        const b = labels[j]!;
        if (Math.abs(a.y - b.y) >= lineHeight) continue;
        const overlap = (a.width + b.width) / 2 + gap - (xs[j]! - xs[i]!);
        if (overlap <= 1e-9) continue;
        xs[i] = xs[i]! - overlap / 2;
        xs[j] = xs[j]! + overlap / 2;
        clamp(i);
        clamp(j);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return xs;
}

/**
 * Baselines for names under things whose bottoms are `bottoms` (left to
 * right) in a drawing `height` tall, with names `size` tall: the bottom line
 * sits just inside the drawing; a name goes on the line above it when its
 * left neighbour is on the bottom line and the line above still clears its
 * thing (`clear` under the bottom), so neighbours alternate lines where they
 * can.
 */
export function twoLines(bottoms: readonly number[], height: number, size: number, clear: number): number[] {
  const bottomLine = height - 0.3 * size;
  const upperLine = bottomLine - 1.1 * size;
  const ys: number[] = [];
  for (const [i, bottom] of bottoms.entries()) {
    const leftOnBottom = i > 0 && ys[i - 1] === bottomLine;
    ys.push(leftOnBottom && bottom + clear + 0.75 * size <= upperLine ? upperLine : bottomLine);
  }
  return ys;
}
