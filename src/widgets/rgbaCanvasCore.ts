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
