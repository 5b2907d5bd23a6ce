/**
 * Flood fill ("paint bucket") for the prediction painter: recolours the
 * 4-connected region of equal class around a seed pixel.
 */
import type { PaintTarget } from '../../lib/brush';

/**
 * Replaces the class of every pixel 4-connected to (x, y) that has the seed's
 * class by `cls`, in place, with an explicit stack (no recursion, so a
 * 160 x 120 map cannot overflow the call stack). Returns the number of pixels
 * changed: 0 when the seed is outside the map or already has class `cls`.
 */
export function floodFill(target: PaintTarget, x: number, y: number, cls: number): number {
  const { width, height, data } = target;
  const sx = Math.round(x);
  const sy = Math.round(y);
  if (sx < 0 || sy < 0 || sx >= width || sy >= height) return 0;
  const from = data[sy * width + sx];
  if (from === undefined || from === cls) return 0;
  const stack = [sy * width + sx];
  data[sy * width + sx] = cls;
  let changed = 1;
  while (stack.length > 0) {
    const i = stack.pop()!;
    const px = i % width;
    const neighbours = [
      px > 0 ? i - 1 : -1,
      px < width - 1 ? i + 1 : -1,
      i >= width ? i - width : -1,
      i + width < width * height ? i + width : -1,
    ];
    for (const j of neighbours) {
      if (j >= 0 && data[j] === from) {
        data[j] = cls;
        changed++;
        stack.push(j);
      }
    }
  }
  return changed;
}
