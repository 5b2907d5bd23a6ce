/**
 * The mask painter's strokes: a stroke paints into a working copy of the
 * committed label map and is shown at once; the map is committed when the
 * stroke ends, so a stroke never waits for React's store or the metrics
 * worker. Pointer moves paint into the working copy at once; the picture
 * (a React state) and the live copy for the metrics go out together at most
 * once per animation frame, however many moves the frame had.
 */
import { useEffect, useRef, useState } from 'react';
import { paintSegment, stamp, type PaintTarget } from '../../lib/brush';
import { browserFrameClock, frameCoalescer, type FrameCoalescer } from '../frameCoalescer';
import { floodFill } from './floodFill';
import type { LabelPoint, LabelSize, PaintTool } from './paintInput';

/** Options of usePaintStroke. */
export interface PaintStrokeOptions {
  committed: Uint8Array;
  size: LabelSize;
  tool: PaintTool;
  /** Class the brush and the fill paint. */
  cls: number;
  /** Class the eraser paints (the background). */
  eraseClass: number;
  /** Brush diameter in label pixels. */
  brush: number;
  /** A finished edit: the new map. */
  onCommit: (next: Uint8Array) => void;
  /** The map while a stroke is in progress (null when it ends), at most once per frame. */
  onLive: (live: Uint8Array | null) => void;
}

/** A stroke in progress and the ways to start, extend, end or apply one. */
export interface PaintStroke {
  /**
   * The working copy while a stroke is in progress, else null: a new object
   * each time it is painted (the buffer itself is mutated in place), so it can
   * key a memo.
   */
  live: { data: Uint8Array; n: number } | null;
  /** Whether a stroke is in progress. */
  active: () => boolean;
  begin: (p: LabelPoint) => void;
  extend: (p: LabelPoint) => void;
  end: () => void;
  /** One edit at `p` committed at once: a fill with the fill tool, else one stamp. */
  applyAt: (p: LabelPoint) => void;
}

/** Stroke state and actions of the painter. */
export function usePaintStroke(o: PaintStrokeOptions): PaintStroke {
  const { committed, size, tool, cls, eraseClass, brush, onCommit, onLive } = o;
  const work = useRef<Uint8Array | null>(null);
  const last = useRef<LabelPoint | null>(null);
  const [live, setLive] = useState<{ data: Uint8Array; n: number } | null>(null);
  const paintClass = tool === 'eraser' ? eraseClass : cls;
  const target = (data: Uint8Array): PaintTarget => ({ width: size.width, height: size.height, data });
  // the newest onLive without re-creating the coalescer when the caller passes a new function
  const liveOut = useRef(onLive);
  useEffect(() => {
    liveOut.current = onLive;
  }, [onLive]);
  const frame = useRef<FrameCoalescer<Uint8Array> | null>(null);
  frame.current ??= frameCoalescer(browserFrameClock(), (data: Uint8Array) => {
    // a new object each time, so the picture is recomposed although the buffer is the same
    setLive((prev) => ({ data, n: (prev?.n ?? 0) + 1 }));
    liveOut.current(data.slice());
  });
  useEffect(() => () => frame.current?.cancel(), []);

  const show = () => {
    if (work.current) frame.current?.push(work.current);
  };

  return {
    live,
    active: () => work.current !== null,
    begin: (p) => {
      work.current = committed.slice();
      last.current = p;
      stamp(target(work.current), p.x, p.y, brush, paintClass);
      show();
    },
    extend: (p) => {
      if (!work.current || !last.current) return;
      paintSegment(target(work.current), last.current.x, last.current.y, p.x, p.y, brush, paintClass);
      last.current = p;
      show();
    },
    end: () => {
      const done = work.current;
      work.current = null;
      last.current = null;
      frame.current?.cancel();
      if (!done) return;
      onCommit(done);
      onLive(null);
      setLive(null);
    },
    applyAt: (p) => {
      const next = committed.slice();
      const changed =
        tool === 'fill'
          ? floodFill(target(next), p.x, p.y, cls)
          : stamp(target(next), p.x, p.y, brush, paintClass);
      if (changed > 0) onCommit(next);
    },
  };
}
