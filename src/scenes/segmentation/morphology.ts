/**
 * Small label-map operations the presets are built from: growing one class
 * outwards (dilation with a round brush) and erasing connected pieces that
 * are too small.
 */
import { brushOffsets, type PaintTarget } from '../../lib/brush';

/**
 * Dilation of class `cls`: every pixel within the round brush of `size`
 * (brush.ts) of a pixel of that class in the input becomes `cls`, whatever it
 * was. Returns a new map; the input is left untouched.
 */
export function dilateClass(map: PaintTarget, cls: number, size: number): Uint8Array {
  const { width, height, data } = map;
  const out = data.slice();
  const offsets = brushOffsets(size);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[y * width + x] !== cls) continue;
      for (const [dx, dy] of offsets) {
        const nx = x + dx;
        const ny = y + dy;
        if (nx >= 0 && ny >= 0 && nx < width && ny < height) out[ny * width + nx] = cls;
      }
    }
  }
  return out;
}

/**
 * The 4-connected components of equal class (other than `background`), each
 * as its class and list of pixel indices, in scan order of their first pixel.
 */
export function components(map: PaintTarget, background = 0): { cls: number; pixels: number[] }[] {
  const { width, height, data } = map;
  const seen = new Uint8Array(width * height);
  const out: { cls: number; pixels: number[] }[] = [];
  for (let start = 0; start < data.length; start++) {
    const cls = data[start]!;
    if (seen[start] || cls === background) continue;
    const pixels: number[] = [];
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const i = stack.pop()!;
      pixels.push(i);
      const x = i % width;
      const candidates = [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, i - width, i + width];
      for (const j of candidates) {
        if (j >= 0 && j < width * height && !seen[j] && data[j] === cls) {
          seen[j] = 1;
          stack.push(j);
        }
      }
    }
    out.push({ cls, pixels });
  }
  return out;
}

/**
 * Sets to `background` every 4-connected piece of a non-background class with
 * fewer than `minArea` pixels: what a model that cannot see small things
 * predicts. Returns a new map.
 */
export function removeSmallComponents(map: PaintTarget, minArea: number, background = 0): Uint8Array {
  const out = map.data.slice();
  for (const c of components(map, background)) {
    if (c.pixels.length < minArea) for (const i of c.pixels) out[i] = background;
  }
  return out;
}
