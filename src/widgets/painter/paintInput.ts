/**
 * Pure core of the mask painter's input: screen points to label pixels, the
 * keyboard's meaning, and the brush cursor's box. Label pixels are integer
 * columns and rows of the label map.
 */
import { clamp } from '../../lib/clamp';

/** A label pixel (column x, row y). */
export interface LabelPoint {
  x: number;
  y: number;
}

/** The size of a label map. */
export interface LabelSize {
  width: number;
  height: number;
}

/** The painting tool: brush and eraser paint strokes, fill recolours a region. */
export type PaintTool = 'brush' | 'eraser' | 'fill';

/**
 * The label pixel under a pointer at (clientX, clientY) over an element drawn
 * at `rect`, which shows the whole map: floor of the position scaled to the
 * map, clamped to it (a captured pointer may leave the element).
 */
export function pointerToLabel(
  clientX: number,
  clientY: number,
  rect: { left: number; top: number; width: number; height: number },
  size: LabelSize,
): LabelPoint {
  const fx = rect.width > 0 ? (clientX - rect.left) / rect.width : 0;
  const fy = rect.height > 0 ? (clientY - rect.top) / rect.height : 0;
  return {
    x: clamp(Math.floor(fx * size.width), 0, size.width - 1),
    y: clamp(Math.floor(fy * size.height), 0, size.height - 1),
  };
}

/** What a key press asks the painter to do. */
export type PaintKeyAction =
  | { kind: 'move'; dx: number; dy: number }
  | { kind: 'startStroke' }
  | { kind: 'apply' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'ignore' };

/** The key and modifiers of a keydown. */
export interface KeyPress {
  key: string;
  shift: boolean;
  /** Ctrl or (on macOS) Cmd. */
  ctrl: boolean;
  repeat: boolean;
}

const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The painter's keyboard: arrows move the brush 1 pixel (Shift 10); Space
 * held down paints a stroke with the brush or eraser (the arrows then paint);
 * Space or Enter fills with the fill tool, and Enter stamps once with the
 * others; Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo. Key repeats do not
 * restart a stroke or apply twice. `null` for a key the painter leaves alone.
 */
export function paintKeyAction(press: KeyPress, tool: PaintTool): PaintKeyAction | null {
  const arrow = ARROWS[press.key];
  if (arrow) {
    const step = press.shift ? 10 : 1;
    return { kind: 'move', dx: arrow[0] * step, dy: arrow[1] * step };
  }
  if (press.key === ' ' && tool !== 'fill')
    return press.repeat ? { kind: 'ignore' } : { kind: 'startStroke' };
  if (press.key === ' ' || press.key === 'Enter')
    return press.repeat ? { kind: 'ignore' } : { kind: 'apply' };
  const letter = press.key.toLowerCase();
  if (press.ctrl && letter === 'z') return press.shift ? { kind: 'redo' } : { kind: 'undo' };
  if (press.ctrl && letter === 'y') return { kind: 'redo' };
  return null;
}

/** `p` moved by (dx, dy), kept inside the map. */
export function moveCursor(p: LabelPoint, dx: number, dy: number, size: LabelSize): LabelPoint {
  return { x: clamp(p.x + dx, 0, size.width - 1), y: clamp(p.y + dy, 0, size.height - 1) };
}

/**
 * The brush outline over label pixel `p` as percentages of the map (left,
 * top, width, height): a square of side `diameter` pixels centred on the
 * pixel's centre.
 */
export function cursorBox(
  p: LabelPoint,
  diameter: number,
  size: LabelSize,
): { left: number; top: number; width: number; height: number } {
  const half = diameter / 2;
  return {
    left: ((p.x + 0.5 - half) / size.width) * 100,
    top: ((p.y + 0.5 - half) / size.height) * 100,
    width: (diameter / size.width) * 100,
    height: (diameter / size.height) * 100,
  };
}
