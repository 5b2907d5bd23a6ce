/**
 * The mask painter's keyboard path: arrows move the brush cursor (1 pixel,
 * Shift 10) and paint while Space is held; Enter (or Space with the fill
 * tool) applies once; Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo.
 * The meaning of each key is the pure `paintKeyAction`.
 */
import type { KeyboardEvent } from 'react';
import { moveCursor, paintKeyAction, type LabelPoint, type LabelSize, type PaintTool } from './paintInput';
import type { PaintStroke } from './usePaintStroke';

/** Options of usePaintKeys. */
export interface PaintKeysOptions {
  cursor: LabelPoint;
  setCursor: (p: LabelPoint) => void;
  size: LabelSize;
  tool: PaintTool;
  stroke: PaintStroke;
  onUndo: () => void;
  onRedo: () => void;
  /** Called for every key the painter handles (e.g. to show the cursor). */
  onHandled: () => void;
}

/** keydown and keyup handlers of the painting surface. */
export function usePaintKeys(o: PaintKeysOptions) {
  const { cursor, setCursor, size, tool, stroke, onUndo, onRedo, onHandled } = o;
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const action = paintKeyAction(
      { key: e.key, shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey, repeat: e.repeat },
      tool,
    );
    if (!action) return;
    switch (action.kind) {
      case 'move': {
        const next = moveCursor(cursor, action.dx, action.dy, size);
        setCursor(next);
        stroke.extend(next);
        break;
      }
      case 'startStroke':
        if (!stroke.active()) stroke.begin(cursor);
        break;
      case 'apply':
        stroke.applyAt(cursor);
        break;
      case 'undo':
        onUndo();
        break;
      case 'redo':
        onRedo();
        break;
      case 'ignore':
        break;
    }
    e.preventDefault();
    onHandled();
  };
  const onKeyUp = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === ' ') stroke.end();
  };
  return { onKeyDown, onKeyUp };
}
