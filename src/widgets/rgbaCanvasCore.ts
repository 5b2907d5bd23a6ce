/** Pure core of RgbaCanvas: whether a buffer fits the picture, and how the canvas is named. */

/** True when `rgba` holds exactly width x height RGBA pixels (4 bytes each). */
export function fitsPicture(rgba: ArrayLike<number>, width: number, height: number): boolean {
  return Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0
    ? rgba.length === width * height * 4
    : false;
}

/** What the canvas says to assistive technology. */
export interface CanvasLabelling {
  role: 'img' | undefined;
  label: string | undefined;
  hidden: boolean;
  busy: boolean;
}

/**
 * The canvas's role, accessible name, hidden and busy states: an `img` named
 * by `alt` (by `loadingAlt` while the picture is not ready), hidden when it has
 * no name at all, busy while not ready or while a newer picture is coming.
 */
export function canvasLabelling(opts: {
  alt?: string | undefined;
  loadingAlt?: string | undefined;
  ready: boolean;
  pending?: boolean | undefined;
}): CanvasLabelling {
  const label = opts.ready ? opts.alt : (opts.loadingAlt ?? opts.alt);
  const named = Boolean(label);
  return {
    role: named ? 'img' : undefined,
    label: named ? label : undefined,
    hidden: !named,
    busy: named && (!opts.ready || opts.pending === true),
  };
}

/**
 * The rows [first, last] where `next` differs from `shown` (both RGBA,
 * `width` pixels a row), so a repaint puts only those rows (a brush stroke
 * changes a band of the picture, not all of it); null when nothing differs,
 * every row when the sizes differ. Compares 4-byte pixels from the top and
 * from the bottom and stops at the first difference each way.
 */
export function dirtyRows(
  shown: Uint8ClampedArray,
  next: Uint8ClampedArray,
  width: number,
): readonly [first: number, last: number] | null {
  const rows = width > 0 ? Math.floor(next.length / (4 * width)) : 0;
  if (shown.length !== next.length || rows === 0) return rows > 0 ? [0, rows - 1] : null;
  const aligned = shown.byteOffset % 4 === 0 && next.byteOffset % 4 === 0;
  const a = aligned ? new Uint32Array(shown.buffer, shown.byteOffset, shown.length / 4) : null;
  const b = aligned ? new Uint32Array(next.buffer, next.byteOffset, next.length / 4) : null;
  const same = (i: number) =>
    a && b
      ? a[i] === b[i]
      : shown[4 * i] === next[4 * i] &&
        shown[4 * i + 1] === next[4 * i + 1] &&
        shown[4 * i + 2] === next[4 * i + 2] &&
        shown[4 * i + 3] === next[4 * i + 3];
  const pixels = rows * width;
  let first = 0;
  while (first < pixels && same(first)) first++;
  if (first === pixels) return null;
  let last = pixels - 1;
  while (last > first && same(last)) last--;
  return [Math.floor(first / width), Math.floor(last / width)];
}
